/**
 * One writer, as a user meets it: `npm start` on an embedded database in a temporary data
 * directory, and `npm run import` / `npm run keys` in a second terminal — all real processes.
 * The import goes through the server; a second server or a direct import on the same data
 * directory is refused with the holder's pid; after a stop and a restart every document is there.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { readLockHolder, lockPathOf } from '../../src/db/lock';
import { dataDirCopyOf, SEED_DIR, seedFiles, seedText } from '../support/database';
import type { Command } from '../support/commandBuilds';
import { commandArgs } from '../support/process';

const ROOT = path.resolve(__dirname, '..', '..');

let work: string;
let dataDir: string;

/** The environment of a user's shell: the embedded database in the temporary directory, in English as the assertions read it. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    JIXIAO_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    LC_ALL: 'en_US.UTF-8',
    LANG: 'en_US.UTF-8',
    ...extra,
  };
  delete e.DATABASE_URL;
  if (!('JIXIAO_URL' in extra)) delete e.JIXIAO_URL;
  if (!('JIXIAO_API_KEY' in extra)) delete e.JIXIAO_API_KEY;
  return e;
}

interface Server {
  child: ChildProcess;
  url: string;
  output: string[];
}

function startServer(): Promise<Server> {
  const child = spawn(process.execPath, commandArgs('src/server.ts'), {
    cwd: ROOT,
    env: env({ PORT: '0', HOST: '127.0.0.1', JIXIAO_LOAD_SEEDS: 'false', NODE_ENV: 'production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      for (const line of chunk.toString().split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) resolve({ child, url: entry.url.replace(/\/graphql$/, ''), output });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('')}`)));
  });
}

async function stop(server: Server): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode;
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  return exited;
}

/** A command in English (`--lang en`), as the assertions read it. */
function run(script: Command, args: string[], extra: Record<string, string> = {}) {
  return command(script, ['--lang', 'en', ...args], extra);
}

async function command(script: Command, args: string[], extra: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...commandArgs(script), ...args], {
      cwd: ROOT,
      env: env(extra),
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function health(url: string): Promise<{ documents: number }> {
  return (await (await fetch(`${url}/health`)).json()) as { documents: number };
}

let server: Server;
let seedsFolder: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-writer-'));
  dataDir = path.join(work, 'pglite');
  // A folder as a user has one: documents in subfolders, one without a .txt extension, a hidden file.
  seedsFolder = path.join(work, 'documents');
  fs.mkdirSync(path.join(seedsFolder, 'hubei'), { recursive: true });
  fs.mkdirSync(path.join(seedsFolder, 'henan'), { recursive: true });
  for (const file of seedFiles()) {
    const target = file.startsWith('001_')
      ? path.join(seedsFolder, 'henan', file.replace(/\.txt$/, '.data'))
      : path.join(seedsFolder, 'hubei', file);
    fs.copyFileSync(path.join(SEED_DIR, file), target);
  }
  fs.writeFileSync(path.join(seedsFolder, '.DS_Store'), Buffer.from([0, 1, 2, 3]));
  // The data directory as a first start leaves it (initdb, migrations, reference data), copied from
  // the run's template on PGlite runs; on a PostgreSQL run the templates are server databases and
  // the server makes the directory itself.
  if (!process.env.JIXIAO_TEST_SERVER_URL) await dataDirCopyOf('empty', dataDir);
  server = await startServer();
});

afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  fs.rmSync(work, { recursive: true, force: true });
});

describe('a server and the commands beside it', () => {
  it('npm run import of a folder goes through the running server', async () => {
    expect((await health(server.url)).documents).toBe(0);
    const imported = await run('src/cli/import.ts', [seedsFolder]);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    expect(imported.stderr).toContain(`sending to the server at ${server.url}`);
    expect(imported.stdout).toContain('000_ad1903e17936058e.txt: loaded — 黄石市 (420200), 2021');
    expect(imported.stdout).toContain('001_36bbbe4670b73e8a.data: loaded — 新乡县 (410721), 2021');
    expect(imported.stdout).toContain('002_08c5a9fc441d161e.txt: loaded — 通城县 (421222), 2023');
    expect(imported.stdout).toContain('003_d47b5030e5ff90bc.txt: loaded — 十堰市 (420300), 2021');
    expect(imported.stdout).not.toContain('DS_Store');
    // The server saw them: it wrote them.
    expect((await health(server.url)).documents).toBe(4);
    expect(server.output.join('')).toContain('"msg":"document uploaded"');
  });

  it('a second server on the same data directory is refused, naming the holder', async () => {
    await expect(startServer()).rejects.toThrow(
      new RegExp(`exited with 1:[\\s\\S]*in use by process ${server.child.pid} \\(src/server\\.ts\\)`),
    );
  });

  it('an import that cannot reach the server does not open its database: refused with the holder and where it serves', async () => {
    const direct = await run('src/cli/import.ts', [path.join(SEED_DIR, seedFiles()[0]!)], { JIXIAO_URL: 'http://127.0.0.1:9' });
    expect(direct.code).toBe(1);
    expect(direct.stderr).toContain(`in use by process ${server.child.pid} (src/server.ts)`);
    expect(direct.stderr).toContain(`send the files to it: it is serving at ${server.url}`);
  });

  it('the refusal is Chinese by default, English with --lang en whatever the environment says', async () => {
    const file = path.join(SEED_DIR, seedFiles()[0]!);
    const chinese = await command('src/cli/import.ts', [file], { JIXIAO_URL: 'http://127.0.0.1:9', LC_ALL: '', LANG: 'C.UTF-8' });
    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toContain(`正被 ${os.hostname()} 上的进程 ${server.child.pid}（src/server.ts）使用`);
    expect(chinese.stderr).toContain(`请停止它，或把文件发给它：它正在 ${server.url} 提供服务`);
    const english = await command('src/cli/import.ts', ['--lang', 'en', file], {
      JIXIAO_URL: 'http://127.0.0.1:9',
      LC_ALL: '',
      LANG: 'C.UTF-8',
    });
    expect(english.code).toBe(1);
    expect(english.stderr).toContain(`in use by process ${server.child.pid} (src/server.ts)`);
  });

  it('a dry run needs neither the server nor the database', async () => {
    const dry = await run('src/cli/import.ts', ['--dry-run', path.join(SEED_DIR, seedFiles()[3]!)], { JIXIAO_URL: 'http://127.0.0.1:9' });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('003_d47b5030e5ff90bc.txt: checked — 十堰市 (420300), 2021');
  });

  it('npm run keys goes through the server; an uploader of another region is refused, and revoked keys are refused', async () => {
    const created = await run('src/cli/keys.ts', ['create', '--role', 'uploader', '--region', '420300', '--name', 'shiyan']);
    expect(created.code, created.stderr).toBe(0);
    const key = /^(jx_[0-9a-f]{8}_\S+)$/m.exec(created.stdout)?.[1];
    expect(key, created.stdout).toBeDefined();
    expect(created.stdout).toContain('only time the key is shown');

    const corrected = path.join(work, 'corrected-000.txt');
    fs.writeFileSync(corrected, seedText('000_').replace('\t45\t44.3\t98.44%\t20\t', '\t46\t44.3\t96.30%\t20\t'));
    const refused = await run('src/cli/import.ts', [corrected], { JIXIAO_API_KEY: key! });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/corrected-000\.txt: refused — 黄石市 \(420200\), 2021\n {2}error: .*十堰市 \(420300\)/);

    const listed = await run('src/cli/keys.ts', ['list']);
    expect(listed.stdout).toMatch(/\tuploader\tregion 420300\tactive\tshiyan/);
    const revoked = await run('src/cli/keys.ts', ['revoke', key!.slice(0, 11)]);
    expect(revoked.code, revoked.stderr).toBe(0);
    const after = await run('src/cli/import.ts', [path.join(SEED_DIR, seedFiles()[3]!)], { JIXIAO_API_KEY: key! });
    expect(after.code).toBe(1);
    // Asked before anything is sent: nothing uploaded.
    expect(after.stderr).toMatch(/takes documents only with an uploader or admin key: no valid API key/);

    // The refusals are in the audit log, read with the server's local key.
    const holder = readLockHolder(lockPathOf(dataDir))!;
    const audit = await fetch(`${server.url}/api/audit?first=10`, { headers: { authorization: `Bearer ${holder.localKey}` } });
    const entries = ((await audit.json()) as { entries: { status: string; action: string; fileName: string | null }[] }).entries;
    expect(entries.slice(0, 3).map((e) => [e.action, e.status, e.fileName])).toEqual([
      ['keys.revoke', 'revoked', null],
      ['upload', 'refused', 'corrected-000.txt'],
      ['keys.create', 'created', null],
    ]);
  });

  it('after a stop and a restart every document is there; the lock is released on stop and taken again', async () => {
    const pid = server.child.pid;
    expect(await stop(server)).toBe(0);
    expect(fs.existsSync(lockPathOf(dataDir))).toBe(false);
    server = await startServer();
    expect(readLockHolder(lockPathOf(dataDir))).toMatchObject({ pid: server.child.pid, url: server.url });
    expect(server.child.pid).not.toBe(pid);
    expect((await health(server.url)).documents).toBe(4);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "420200") { rollup(year: 2021) { projectCount } } }' }),
    });
    expect(((await response.json()) as { data: { region: { rollup: { projectCount: number } } } }).data.region.rollup.projectCount).toBe(
      20,
    );
    expect(await stop(server)).toBe(0);
  });

  it('with no server, npm run keys opens the database itself, and says so in the audit log', async () => {
    const created = await run('src/cli/keys.ts', ['create', '--role', 'admin', '--name', 'ops'], { JIXIAO_URL: 'http://127.0.0.1:9' });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^created: \d+\tjx_[0-9a-f]{8}\tadmin\teverything\tactive\tops$/m);
    const bad = await run('src/cli/keys.ts', ['create', '--role', 'uploader'], { JIXIAO_URL: 'http://127.0.0.1:9' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('an uploader key needs exactly one scope');
    // Chinese when no language is asked for; English under an English LANG without --lang.
    const noServer = { JIXIAO_URL: 'http://127.0.0.1:9' };
    const chinese = await command('src/cli/keys.ts', ['create', '--role', 'uploader'], { ...noServer, LANG: '', LC_ALL: '' });
    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toBe('keys: 上传者密钥需要恰好一个范围：--region 代码 或 --organization ID\n');
    const english = await command('src/cli/keys.ts', ['create', '--role', 'uploader'], { ...noServer, LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(english.stderr).toBe('keys: an uploader key needs exactly one scope: --region CODE or --organization ID\n');
    const usage = await command('src/cli/keys.ts', ['create', '--role', 'nobody'], { ...noServer, LANG: '', LC_ALL: '' });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^--role 应为 uploader、admin 或 reader\n用法：npm run keys -- create/);
    const db = await openDatabase({ dataDir });
    try {
      const [entry] = await db.prisma.auditEntry.findMany({ orderBy: { id: 'desc' }, take: 1 });
      expect(entry).toMatchObject({ action: 'keys.create', status: 'created', actor: expect.stringContaining('directly on the database') });
    } finally {
      await db.close();
    }
  });
});
