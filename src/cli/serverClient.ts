/**
 * How the import and keys commands reach a running server: JIXIAO_URL when set, else the address
 * the server holding the embedded database wrote into its lock file, else http://127.0.0.1:PORT —
 * probed at /health, briefly. With the server found, the key to send: JIXIAO_API_KEY, else the
 * server's key for local clients from its lock file (whoever can read that file can read the
 * database itself).
 */
import fs from 'node:fs';
import type { Config } from '../config';
import { lockPathOf, readLockHolder } from '../db/lock';

export interface ServerTarget {
  url: string;
  /** The key to send, when one is known. */
  key: string | null;
}

const PROBE_MS = 1_500;

async function isServing(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(PROBE_MS) });
    // 503 is a server that is up but cannot reach its database: still the one to talk to.
    return response.status === 200 || response.status === 503;
  } catch {
    return false;
  }
}

/** The running server to send to, or null when none answers. */
export async function findServer(config: Config): Promise<ServerTarget | null> {
  const holder =
    config.DATABASE_URL || !fs.existsSync(lockPathOf(config.JIXIAO_DATA_DIR)) ? null : readLockHolder(lockPathOf(config.JIXIAO_DATA_DIR));
  const url = (config.JIXIAO_URL ?? holder?.url ?? `http://127.0.0.1:${config.PORT || 4000}`).replace(/\/+$/, '');
  if (!(await isServing(url))) return null;
  const localKey = holder?.url === url ? (holder.localKey ?? null) : null;
  return { url, key: config.JIXIAO_API_KEY ?? localKey };
}
