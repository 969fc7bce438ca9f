/**
 * `npm run bench:ab` — a change's per-request cost, base against new, on a shared machine: both
 * apps (createApp) run in one server process over the same database, and batches of one
 * operation's requests go to them in turn (A B B A …), so that load from elsewhere falls on both
 * alike. Reports each one's p50 and p95 latency, its throughput and the server process's CPU per
 * request (process.cpuUsage over each batch), and new / base.
 *
 *   mkdir -p /tmp/base && git archive <base commit> src | tar -x -C /tmp/base && cp -r src/generated /tmp/base/src/
 *   ln -s "$PWD/node_modules" /tmp/base/   # the base's imports resolve from there
 *   DATABASE_URL=postgresql://… npm run bench:ab -- --base /tmp/base --scale 1 [--ops regionRollup] [--connections 1,10] [--rounds 20] [--batch 50] [--apart]
 *
 * The client runs in this process, the two servers in a child process (their CPU is the child's);
 * `--apart` runs each in a child process of its own instead, for a change to something the whole
 * process shares (promise hooks, which an AsyncLocalStorage turns on for every app in it; the heap).
 * `--profile DIR` writes the children's CPU profiles there (node --cpu-prof).
 */
import '../src/productionDefaults';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticProvince } from '../src/synthetic';
import { operations, targetsOf, type OperationKey } from './operations';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');

interface Ready {
  ports: number[];
}

/** The server side: an app for each source tree (the base's, this one's) on a port of its own, CPU usage on request. */
async function serve(dirs: string[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  const apps: { app: import('../src/app').App; db: import('../src/db/database').Database; port: number }[] = [];
  for (const dir of dirs) {
    const { openDatabase } = (await import(
      pathToFileURL(path.join(dir, 'src/db/database.ts')).href
    )) as typeof import('../src/db/database');
    const { createApp } = (await import(pathToFileURL(path.join(dir, 'src/app.ts')).href)) as typeof import('../src/app');
    const { pino } = await import('pino');
    const db = await openDatabase(url ? { url, dataDir: 'memory://' } : { dataDir: process.env.JIXIAO_DATA_DIR ?? 'data/pglite' });
    const app = await createApp({
      db,
      logger: pino({ level: 'silent' }),
      production: true,
      http: { responseCache: false, rateLimitPerMinute: 0 },
    });
    const { port } = await app.listen(0, '127.0.0.1');
    apps.push({ app, db, port });
  }
  process.on('message', async (message: string) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpu: user + system });
    } else if (message === 'close') {
      for (const { app, db } of apps) {
        await app.close();
        await db.close();
      }
      process.exit(0);
    }
  });
  process.send!({ ports: apps.map((a) => a.port) } satisfies Ready);
}

function ask<T>(child: ChildProcess, message: string, field: keyof T): Promise<T> {
  return new Promise((resolve) => {
    const on = (reply: T) => {
      if (reply && typeof reply === 'object' && field in reply) {
        child.off('message', on);
        resolve(reply);
      }
    };
    child.on('message', on);
    child.send(message);
  });
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface Tally {
  samples: number[];
  cpuMicros: number;
  seconds: number;
  requests: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      ops: { type: 'string', default: 'regionRollup,departmentEvaluations' },
      connections: { type: 'string', default: '1,10' },
      rounds: { type: 'string', default: '20' },
      batch: { type: 'string', default: '50' },
      profile: { type: 'string' },
      apart: { type: 'boolean', default: false },
    },
  });
  if (!values.base) throw new Error('--base DIR: a copy of the base commit (see the header of bench/ab.ts)');
  const base = path.resolve(values.base);
  const children = (values.apart ? [[base], [root]] : [[base, root]]).map((dirs) =>
    fork(here, ['--serve', ...dirs], {
      execArgv: ['--import', 'tsx', ...(values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [])],
      stdio: 'inherit',
    }),
  );
  // base, then new: each app's port and the process it runs in.
  const servers = (
    await Promise.all(
      children.map(
        (child) =>
          new Promise<Ready>((resolve, reject) => {
            child.once('message', (m) => resolve(m as Ready));
            child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
          }),
      ),
    )
  ).flatMap((ready, i) => ready.ports.map((port) => ({ port, child: children[i]! })));
  const names = ['base', 'new'] as const;
  const targets = targetsOf(syntheticProvince({ scale: Number(values.scale), seed: Number(values.seed) }));
  const wanted = values.ops.split(',') as OperationKey[];
  const rounds = Number(values.rounds);
  const batch = Number(values.batch);
  try {
    for (const op of operations(targets).filter((o) => wanted.includes(o.key))) {
      const body = JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name });
      const texts: string[] = [];
      const call = async (port: number) => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) throw new Error(`${op.name}: ${response.status} ${text.slice(0, 400)}`);
        return text;
      };
      for (const { port } of servers) {
        texts.push(await call(port));
        for (let i = 0; i < 20; i++) await call(port);
      }
      if (texts[0] !== texts[1]) throw new Error(`${op.name}: base and new answer differently`);
      for (const connections of values.connections.split(',').map(Number)) {
        const tallies: Tally[] = names.map(() => ({ samples: [], cpuMicros: 0, seconds: 0, requests: 0 }));
        for (let round = 0; round < rounds; round++) {
          // A B, then B A: neither always goes first.
          const order = round % 2 === 0 ? [0, 1] : [1, 0];
          for (const which of order) {
            const tally = tallies[which]!;
            const { port, child } = servers[which]!;
            const cpuBefore = (await ask<{ cpu: number }>(child, 'cpu', 'cpu')).cpu;
            const started = performance.now();
            let next = 0;
            await Promise.all(
              Array.from({ length: connections }, async () => {
                while (next < batch) {
                  next += 1;
                  const t = performance.now();
                  await call(port);
                  tally.samples.push(performance.now() - t);
                }
              }),
            );
            tally.seconds += (performance.now() - started) / 1000;
            tally.cpuMicros += (await ask<{ cpu: number }>(child, 'cpu', 'cpu')).cpu - cpuBefore;
            tally.requests += batch;
          }
        }
        const rows = tallies.map((t) => {
          const sorted = [...t.samples].sort((a, b) => a - b);
          return {
            p50: percentile(sorted, 0.5),
            p95: percentile(sorted, 0.95),
            perSecond: t.requests / t.seconds,
            cpu: t.cpuMicros / t.requests / 1000,
          };
        });
        for (const [i, r] of rows.entries())
          console.log(
            `${op.name.padEnd(22)} c=${connections} ${names[i]}: p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, ${r.perSecond.toFixed(0)} req/s, CPU ${r.cpu.toFixed(3)} ms/request (${tallies[i]!.requests} requests)`,
          );
        const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
        console.log(
          `${op.name.padEnd(22)} c=${connections} new/base: p50 ${(b.p50 / a.p50).toFixed(2)}×, req/s ${(b.perSecond / a.perSecond).toFixed(2)}×, CPU ${(b.cpu / a.cpu).toFixed(2)}×`,
        );
      }
    }
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.send('close');
          }),
      ),
    );
  }
}

const serveIndex = process.argv.indexOf('--serve');
(serveIndex >= 0 ? serve(process.argv.slice(serveIndex + 1)) : main().then(() => process.exit(0))).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
