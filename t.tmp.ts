import { openDatabase } from './src/db/database';
import { migrate } from './src/db/migrate';
const db = await openDatabase({ dataDir: 'memory://' });
await migrate(db.script);
const p = db.prisma;
const tries: [string, () => Promise<unknown>][] = [
  ['select1', () => p.$queryRaw`SELECT 1 AS x`],
  ['arr text', () => p.$queryRaw`SELECT * FROM unnest(${['a','b']}::text[]) AS t(x)`],
  ['arr varchar', () => p.$queryRaw`SELECT * FROM unnest(${['a','b']}::varchar[]) AS t(x)`],
  ['arr int', () => p.$queryRaw`SELECT * FROM unnest(${[1,2]}::int[]) AS t(x)`],
  ['arr null', () => p.$queryRaw`SELECT * FROM unnest(${['a',null]}::varchar[]) AS t(x)`],
  ['enum arr', () => p.$queryRaw`SELECT * FROM unnest(${['CITY']}::"RegionLevel"[]) AS t(x)`],
  ['exec', () => p.$executeRaw`INSERT INTO region (code,name,level) VALUES (${'420000'}, ${'湖北省'}, ${'PROVINCE'}::"RegionLevel")`],
  ['txn', () => p.$transaction([p.$executeRaw`SELECT 1`])],
];
for (const [n, f] of tries) { try { console.log(n, JSON.stringify(await f())); } catch (e) { console.log(n, 'ERR', String((e as Error).message).slice(-200)); } }
await db.close();
