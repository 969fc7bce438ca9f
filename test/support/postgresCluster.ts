/**
 * A PostgreSQL server of the test's own: a throw-away cluster (initdb into a temporary folder,
 * trust authentication, its own port and socket folder), started, stopped and restarted by the
 * test to play the database going away, and streaming replicas of it. It never touches the shared
 * server on 5432.
 */
import net from 'node:net';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PostgresCluster {
  url: string;
  port: number;
  start(): Promise<void>;
  /** Fast shutdown: sessions are terminated, as on a failover or a restart for maintenance. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  destroy(): Promise<void>;
}

/** The folder of initdb/pg_ctl (newest version installed), or null when PostgreSQL is absent. */
export function postgresBinaries(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'pg_ctl')) && fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0]!, 'bin') : null;
}

/**
 * Runs a PostgreSQL binary as the `postgres` OS user when we are root (initdb refuses root). Awaited,
 * not run synchronously: `pg_ctl -w` waits up to a minute under load, and a vitest worker whose event
 * loop is held that long is ended for not answering.
 */
async function run(bin: string, args: string[]): Promise<void> {
  const asPostgres = process.getuid?.() === 0;
  const [file, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  await promisify(execFile)(file, argv, { encoding: 'utf8' });
}

function binaries(): string {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  return bin;
}

/** A temporary folder the `postgres` OS user owns, for a cluster's data and socket. */
function clusterFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  return dir;
}

export async function createCluster(port: number): Promise<PostgresCluster> {
  const bin = binaries();
  const dir = clusterFolder();
  const dataDir = path.join(dir, 'data');
  await run(path.join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  return startedCluster(bin, dir, dataDir, port);
}

/**
 * A streaming replica of `primary` (pg_basebackup -R: a hot standby that follows the primary's
 * WAL), on its own port: read-only, the primary's data a moment later.
 */
export async function createReplica(primary: PostgresCluster, port: number): Promise<PostgresCluster> {
  const bin = binaries();
  const dir = clusterFolder();
  const dataDir = path.join(dir, 'data');
  await run(path.join(bin, 'pg_basebackup'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '--no-sync',
  ]);
  return startedCluster(bin, dir, dataDir, port);
}

async function startedCluster(bin: string, dir: string, dataDir: string, port: number): Promise<PostgresCluster> {
  const pgCtl = (...args: string[]) =>
    run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-w', '-t', '60', ...args]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: PostgresCluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => pgCtl('-o', options, 'start'),
    stop: () => pgCtl('-m', 'fast', 'stop'),
    restart: () => pgCtl('-m', 'fast', '-o', options, 'restart'),
    async destroy() {
      try {
        await pgCtl('-m', 'immediate', 'stop');
      } catch {
        // Not running.
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}
