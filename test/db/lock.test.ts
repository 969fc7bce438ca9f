/**
 * The lock on an embedded data directory (src/db/lock.ts): one holder at a time, a second refused
 * with the holder named, released on close, a dead holder's lock taken over — through
 * acquireDataDirLock and openDatabase.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { acquireDataDirLock, DataDirLockedError, lockPathOf } from '../../src/db/lock';
import { commandArgs } from '../support/process';

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lock-'));
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});
// The refusals in English, as the assertions read them (the racing processes inherit it); Chinese is the default.
beforeEach(() => {
  vi.stubEnv('LC_ALL', 'en_US.UTF-8');
  vi.stubEnv('LANG', 'en_US.UTF-8');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

it('a second holder is refused with the holder’s pid and command; after release it may take it', () => {
  const dir = path.join(work, 'a');
  const lock = acquireDataDirLock(dir);
  expect(lock.holder.pid).toBe(process.pid);
  let refusal: unknown;
  try {
    acquireDataDirLock(dir);
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(DataDirLockedError);
  expect((refusal as Error).message).toContain(`in use by process ${process.pid} (`);
  expect((refusal as Error).message).toMatch(/Stop it, or wait for it to finish/);
  lock.release();
  expect(fs.existsSync(lockPathOf(dir))).toBe(false);
  acquireDataDirLock(dir).release();
});

it('names where a server holding it serves, and never its local key', () => {
  const dir = path.join(work, 'b');
  const lock = acquireDataDirLock(dir);
  lock.update({ url: 'http://127.0.0.1:4321', localKey: 'jx_local_secret' });
  try {
    expect(() => acquireDataDirLock(dir)).toThrow(/send the files to it: it is serving at http:\/\/127\.0\.0\.1:4321/);
    try {
      acquireDataDirLock(dir);
    } catch (error) {
      expect(JSON.stringify((error as DataDirLockedError).holder)).not.toContain('secret');
      expect((error as Error).message).not.toContain('secret');
    }
    expect((fs.statSync(lock.path).mode & 0o777).toString(8)).toBe('600');
  } finally {
    lock.release();
  }
});

it('refuses in Chinese unless the environment asks for English, with both texts kept', () => {
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LANG', 'C.UTF-8');
  const dir = path.join(work, 'zh');
  const lock = acquireDataDirLock(dir);
  lock.update({ url: 'http://127.0.0.1:4321' });
  try {
    let refusal: DataDirLockedError | undefined;
    try {
      acquireDataDirLock(dir);
    } catch (error) {
      refusal = error as DataDirLockedError;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect(refusal!.message).toContain(`正被 ${os.hostname()} 上的进程 ${process.pid}（`);
    expect(refusal!.message).toContain('请停止它，或把文件发给它：它正在 http://127.0.0.1:4321 提供服务');
    expect(refusal!.message).toContain(`如果并没有这个进程在运行，请删除 ${lockPathOf(dir)}。`);
    expect(refusal!.text.en).toContain(`in use by process ${process.pid} (`);
  } finally {
    lock.release();
  }
});

it('the lock of a process that no longer runs is taken over', () => {
  const dir = path.join(work, 'c');
  const pid = deadPid();
  fs.writeFileSync(
    lockPathOf(dir),
    JSON.stringify({ pid, host: os.hostname(), startedAt: '2020-01-01T00:00:00Z', command: 'src/server.ts' }),
  );
  const lock = acquireDataDirLock(dir);
  expect(JSON.parse(fs.readFileSync(lockPathOf(dir), 'utf8'))).toMatchObject({ pid: process.pid });
  lock.release();
});

/**
 * Processes racing for one lock (test/support/lockContender.ts, from this run's command builds):
 * each prints "got" and holds it until its stdin closes, or prints the refusal and exits. Resolves
 * when every loser has exited and the winners have said so.
 */
async function race(dir: string, n: number): Promise<{ winners: number; refusals: string[] }> {
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, [...commandArgs('test/support/lockContender.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const outcomes = await Promise.all(
    children.map(
      (child) =>
        new Promise<string>((resolve) => {
          let out = '';
          child.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            if (out.includes('\n')) resolve(out.trim());
          });
          child.on('exit', () => resolve(out.trim()));
        }),
    ),
  );
  const exited = children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))));
  for (const child of children) child.stdin!.end();
  await Promise.all(exited);
  return { winners: outcomes.filter((o) => o === 'got').length, refusals: outcomes.filter((o) => o.startsWith('refused')) };
}

it('of processes racing for a free lock, exactly one gets it', async () => {
  const dir = path.join(work, 'race-free');
  const { winners, refusals } = await race(dir, 4);
  expect(winners).toBe(1);
  expect(refusals).toHaveLength(3);
  for (const r of refusals) expect(r).toMatch(/in use by process \d+/);
  expect(fs.existsSync(lockPathOf(dir))).toBe(false);
});

it('of processes racing to take over a dead process’s lock, exactly one gets it', async () => {
  const dir = path.join(work, 'race-stale');
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.writeFileSync(
    lockPathOf(dir),
    JSON.stringify({ pid: deadPid(), host: os.hostname(), startedAt: '2020-01-01T00:00:00Z', command: 'x' }),
  );
  const { winners, refusals } = await race(dir, 4);
  expect(winners).toBe(1);
  expect(refusals).toHaveLength(3);
});

it('a lock held on another host is not judged by pid: refused', () => {
  const dir = path.join(work, 'd');
  fs.writeFileSync(lockPathOf(dir), JSON.stringify({ pid: deadPid(), host: 'elsewhere', startedAt: '2020-01-01T00:00:00Z', command: 'x' }));
  expect(() => acquireDataDirLock(dir)).toThrow(/on elsewhere/);
  fs.rmSync(lockPathOf(dir));
});

it('openDatabase holds the lock of a PGlite data directory until it is closed', async () => {
  const dir = path.join(work, 'e');
  const db = await openDatabase({ dataDir: dir });
  try {
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process/);
  } finally {
    await db.close();
  }
  const again = await openDatabase({ dataDir: dir });
  await again.close();
  expect(fs.existsSync(lockPathOf(dir))).toBe(false);
});
