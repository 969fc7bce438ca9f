/**
 * The embedded database has one writer: the process that opens a PGlite data directory holds an
 * exclusive lock file beside it (`<dataDir>.lock`, created with O_EXCL) that says who it is — pid,
 * host, start time, command and, for a server, where it serves. A second process is refused with
 * that holder named. A lock left by a process that no longer runs (same host, dead pid) is taken
 * over; the takeover itself is guarded by a second exclusive file so that of two processes finding
 * the same stale lock, exactly one gets it.
 *
 * PGlite has no lock of its own: two processes on one data directory corrupt it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliLanguage, type Text } from '../i18n/language';
import { startupText } from '../i18n/startup';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
  /** Where the holder serves the API, when it is a server. */
  url?: string;
  /**
   * A server's key for local clients (the import and keys commands on this machine): whoever can
   * read this file (mode 0600) can read and write the data directory itself, so it is trusted as admin.
   */
  localKey?: string;
}

export interface DataDirLock {
  path: string;
  holder: LockHolder;
  /** Adds what the holder learns later (its URL, its local key) to the lock file. */
  update(extra: Partial<Pick<LockHolder, 'url' | 'localKey'>>): void;
  release(): void;
}

/** The refusal in both languages; its message is in the command's language (LC_ALL, LANG; Chinese otherwise). */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  readonly text: Text;
  constructor(
    readonly dataDir: string,
    readonly lockPath: string,
    holder: LockHolder,
  ) {
    const text = startupText.databaseInUse({
      dataDir,
      lockPath,
      pid: holder.pid,
      command: holder.command,
      host: holder.host,
      since: holder.startedAt,
      url: holder.url,
    });
    super(text[cliLanguage(undefined)]);
    this.text = text;
    // The holder's local key stays in its file.
    this.holder = { ...holder, localKey: undefined };
  }

  readonly holder: LockHolder;
}

/** `<dataDir>.lock`, through the real path of its parent, so that two spellings of one directory share one lock. */
export function lockPathOf(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  const parent = path.dirname(resolved);
  return `${path.join(fs.existsSync(parent) ? fs.realpathSync(parent) : parent, path.basename(resolved))}.lock`;
}

/** Reads the holder of a lock file; null when it is absent or not (yet) a complete record. */
export function readLockHolder(lockPath: string): LockHolder | null {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch {
    return null;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : null;
  } catch {
    return null;
  }
}

/** Whether a process of this machine with that id runs (as any user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function commandLine(): string {
  return process.argv
    .slice(1)
    .map((a) => (path.isAbsolute(a) ? path.relative(process.cwd(), a) || a : a))
    .join(' ');
}

/** A lock file nobody completed writing within this time is debris of a crash. */
const INCOMPLETE_AFTER_MS = 5_000;

/** Removes a stale lock — only if it still holds what was judged stale — under the takeover guard. */
function removeStale(lockPath: string, staleText: string | null): void {
  const guard = `${lockPath}.takeover`;
  for (;;) {
    try {
      fs.writeFileSync(guard, String(process.pid), { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(guard, 'utf8') || NaN);
      } catch {
        continue; // released meanwhile
      }
      // A guard whose owner died mid-takeover is debris too.
      if (Number.isInteger(owner) && !isRunning(owner)) fs.rmSync(guard, { force: true });
      else sleep(20);
    }
  }
  try {
    let current: string | null = null;
    try {
      current = fs.readFileSync(lockPath, 'utf8');
    } catch {
      return; // already gone
    }
    if (current === staleText) fs.rmSync(lockPath, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/** Takes the lock of a data directory, or throws DataDirLockedError naming who holds it. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const lockPath = lockPathOf(dataDir);
  let holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    command: commandLine(),
  };
  const nonce = crypto.randomBytes(8).toString('hex');
  const serialize = (h: LockHolder) => JSON.stringify({ ...h, nonce }, null, 2);

  for (;;) {
    try {
      fs.writeFileSync(lockPath, serialize(holder), { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let text: string | null = null;
    try {
      text = fs.readFileSync(lockPath, 'utf8');
    } catch {
      continue; // released meanwhile: try again
    }
    const other = readLockHolder(lockPath);
    if (other === null) {
      // Being written this very moment, or left half-written by a crash.
      const age = Date.now() - (fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age < INCOMPLETE_AFTER_MS) {
        sleep(20);
        continue;
      }
    } else if (other.host !== os.hostname() || isRunning(other.pid)) {
      throw new DataDirLockedError(dataDir, lockPath, other);
    }
    removeStale(lockPath, text);
  }

  const onExit = () => release();
  function release(): void {
    process.off('exit', onExit);
    // Only our own lock: after a takeover by another process (ours judged dead) it is theirs.
    const current = readLockHolder(lockPath) as (LockHolder & { nonce?: string }) | null;
    if (current?.pid === process.pid && current.nonce === nonce) fs.rmSync(lockPath, { force: true });
  }
  process.on('exit', onExit);

  return {
    path: lockPath,
    get holder() {
      return holder;
    },
    update(extra) {
      holder = { ...holder, ...extra };
      const temp = `${lockPath}.${process.pid}.tmp`;
      fs.writeFileSync(temp, serialize(holder), { mode: 0o600 });
      fs.renameSync(temp, lockPath);
    },
    release,
  };
}
