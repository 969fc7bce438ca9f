/**
 * `npm run bench:profile` — the bench's operations against the real app (createApp over HTTP)
 * on a database already loaded with `npm run generate -- --scale S --seed 1 --load`, without the
 * import, the peer or the bounds: for finding where a request's time goes.
 *
 *   DATABASE_URL=postgresql://… npm run bench:profile -- --scale 0.1 [--ops hierarchy,regionProjects] [--n 200] [--connections 1]
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/profile.ts --scale 0.1 --ops hierarchy --n 2000
 *
 * Prints, per operation, the statements it issued and its latency percentiles (sequential when
 * --connections is 1, else that many requests in flight at once, and their throughput).
 */
import '../src/productionDefaults';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../src/app';
import { openDatabase } from '../src/db/database';
import { syntheticProvince } from '../src/synthetic';
import { operations, targetsOf, type OperationKey } from './operations';

function percentile(sorted: number[], q: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! * 100) / 100;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '0.1' },
      seed: { type: 'string', default: '1' },
      ops: { type: 'string' },
      n: { type: 'string', default: '200' },
      connections: { type: 'string', default: '1' },
    },
  });
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { url, dataDir: 'memory://' } : { dataDir: process.env.JIXIAO_DATA_DIR ?? 'data/pglite' });
  const app = await createApp({ db, logger: pino({ level: 'silent' }), production: true, http: { responseCache: false, rateLimitPerMinute: 0 } });
  const { port } = await app.listen(0, '127.0.0.1');
  const targets = targetsOf(syntheticProvince({ scale: Number(values.scale), seed: Number(values.seed) }));
  const wanted = values.ops?.split(',') as OperationKey[] | undefined;
  const n = Number(values.n);
  const connections = Number(values.connections);
  try {
    for (const op of operations(targets).filter((o) => !wanted || wanted.includes(o.key))) {
      const body = JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name });
      let bytes = 0;
      const call = async () => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) throw new Error(`${op.name}: ${response.status} ${text.slice(0, 400)}`);
        bytes = text.length;
      };
      const before = db.statementCount();
      await call();
      const statements = db.statementCount() - before;
      for (let i = 0; i < 5; i++) await call();
      const samples: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (next < n) {
            next += 1;
            const t = performance.now();
            await call();
            samples.push(performance.now() - t);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      samples.sort((a, b) => a - b);
      console.log(
        `${op.name.padEnd(22)} ${statements} statements, ${(bytes / 1024).toFixed(1)} KiB; p50 ${percentile(samples, 0.5)} ms, p95 ${percentile(samples, 0.95)} ms; ${(n / seconds).toFixed(1)} req/s at ${connections}`,
      );
    }
  } finally {
    await app.close();
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
