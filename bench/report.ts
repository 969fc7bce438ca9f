/** bench/results.md from the results of a run: the figures, and the goals each met or missed. */
import type { BenchResults, ConfigResult, OperationResult } from './run';

const CONTRACT_KEYS = ['hierarchy', 'regionRollup', 'compareRegions', 'regionProjects', 'departmentEvaluations', 'compareIndicator'];

function f(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits);
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

function label(c: ConfigResult): string {
  return `${c.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} scale ${c.scale}`;
}

export interface Goal {
  goal: string;
  met: boolean | null;
  detail: string;
}

export function goals(r: BenchResults): Goal[] {
  const out: Goal[] = r.configs.flatMap(peerGoals);
  // 1. Statements per operation independent of data size.
  const varying: string[] = [];
  const keys = [...new Set(r.configs.flatMap((c) => c.operations.map((o) => o.key)))];
  for (const key of keys) {
    const counts = new Set(r.configs.flatMap((c) => c.operations.filter((o) => o.key === key).flatMap((o) => o.apiStatements)));
    if (counts.size > 1) varying.push(`${key}: ${[...counts].join(', ')}`);
  }
  out.push({
    goal: 'SQL statements per operation independent of data size',
    met: r.configs.length > 1 ? varying.length === 0 : null,
    detail: varying.length === 0 ? `same count at every scale and on both engines (${r.configs.map(label).join(', ')})` : `varies: ${varying.join('; ')}`,
  });
  const big = r.configs.find((c) => c.engine === 'postgresql' && c.scale === 1);
  if (!big) {
    out.push({ goal: 'scale-1 goals on PostgreSQL', met: null, detail: 'no PostgreSQL scale 1 configuration in this run' });
    return out;
  }
  const op = (key: string) => big.operations.find((o) => o.key === key)!;
  for (const key of ['regionRollup', 'compareRegions']) {
    const o = op(key);
    const toSql = ratio(o.api.p50, o.sql.p50);
    const naive = ratio(o.naive?.p50 ?? Number.NaN, o.api.p50);
    out.push({
      goal: `${o.name} at scale 1 on PostgreSQL within 1.5× of the hand-written SQL (p50)`,
      met: toSql <= 1.5,
      detail: `API ${f(o.api.p50)} ms vs SQL ${f(o.sql.p50)} ms: ${f(toSql, 2)}×`,
    });
    out.push({
      goal: `${o.name} at scale 1 on PostgreSQL at least 10× faster than the naive baseline (p50)`,
      met: naive >= 10,
      detail: `naive ${f(o.naive?.p50)} ms vs API ${f(o.api.p50)} ms: ${f(naive, 1)}×`,
    });
  }
  const rollup = op('regionRollup');
  out.push({
    goal: 'province rollup (RegionRollup) p95 ≤ 30 ms at scale 1 on PostgreSQL',
    met: rollup.api.p95 <= 30,
    detail: `p95 ${f(rollup.api.p95)} ms (p50 ${f(rollup.api.p50)} ms)`,
  });
  for (const larger of r.configs.filter((c) => c.engine === 'postgresql' && c.scale > 1)) {
    const there = larger.operations.find((o) => o.key === 'regionRollup')!;
    out.push({
      goal: `province rollup p95 at scale ${larger.scale} ≤ 1.5× its p95 at scale 1 (PostgreSQL)`,
      met: there.api.p95 <= 1.5 * rollup.api.p95,
      detail: `${f(there.api.p95)} ms vs ${f(rollup.api.p95)} ms: ${f(ratio(there.api.p95, rollup.api.p95), 2)}×`,
    });
  }
  const slow = big.operations.filter((o) => CONTRACT_KEYS.includes(o.key) && o.api.p95 >= 200);
  out.push({
    goal: 'p95 of every contract operation under 200 ms at scale 1 on PostgreSQL',
    met: slow.length === 0,
    detail:
      slow.length === 0
        ? `slowest: ${[...big.operations].filter((o) => CONTRACT_KEYS.includes(o.key)).sort((a, b) => b.api.p95 - a.api.p95)[0]!.name} p95 ${f(big.operations.filter((o) => CONTRACT_KEYS.includes(o.key)).reduce((m, o) => Math.max(m, o.api.p95), 0))} ms`
        : slow.map((o) => `${o.name} p95 ${f(o.api.p95)} ms`).join(', '),
  });
  out.push({
    goal: 'loading scale 1 in under 5 minutes',
    met: big.import.seconds < 300,
    detail: `${f(big.import.seconds)} s (${f(big.import.documentsPerSecond)} documents/s, ${f(big.import.indicatorRowsPerSecond)} indicator rows/s) on PostgreSQL`,
  });
  out.push({
    goal: 'peak memory of the server under 1 GiB while serving scale 1',
    met: big.serverPeakRssMiB < 1024,
    detail: `peak RSS ${big.serverPeakRssMiB} MiB while serving (the process also runs the bench client); ${big.import.peakRssMiB} MiB while importing`,
  });
  return out;
}

function opRow(o: OperationResult): string {
  const peer = o.peer ? `${f(o.peer.p50)} | ${f(o.peer.p95)} | ${f(ratio(o.peer.p50, o.api.p50), 1)}×` : '— | — | —';
  return `| ${o.name} | ${o.describe} | ${o.apiStatements.join('/')} | ${f(o.api.p50)} | ${f(o.api.p95)} | ${f(o.api.p99)} | ${o.api.n} | ${peer} | ${f(o.sql.p50, 2)} | ${f(ratio(o.api.p50, o.sql.p50), 1)}× | ${f(o.naive?.p50)} | ${o.naiveStatements ?? '—'} | ${f(ratio(o.naive?.p50 ?? Number.NaN, o.api.p50), 1)}× | ${f(o.cached?.p50, 2)} | ${f(o.notModified?.p50, 2)} | ${f(o.responseBytes / 1024)} |`;
}

/** Peer goals of issue 14 for one configuration: ≥ 2× PostGraphile's throughput at 50 connections, p95 below its. */
function peerGoals(c: ConfigResult): Goal[] {
  const out: Goal[] = [];
  const loaded = c.operations.filter((o) => o.peerLoad.length > 0);
  if (loaded.length === 0) return out;
  const at50 = loaded.map((o) => ({ o, api: o.load.find((l) => l.connections === 50)!, peer: o.peerLoad.find((l) => l.connections === 50)! }));
  const short = at50.filter((x) => !(x.api.rps >= 2 * x.peer.rps));
  out.push({
    goal: `${label(c)}: every operation ≥ 2× PostGraphile's throughput at 50 connections`,
    met: short.length === 0,
    detail: at50.map((x) => `${x.o.name} ${f(x.api.rps)} vs ${f(x.peer.rps)} req/s (${f(ratio(x.api.rps, x.peer.rps), 1)}×)`).join('; '),
  });
  const slower = c.operations.filter((o) => o.peer && !(o.api.p95 < o.peer.p95));
  out.push({
    goal: `${label(c)}: every operation's p95 below PostGraphile's (sequential)`,
    met: slower.length === 0,
    detail: slower.length === 0 ? 'all below' : slower.map((o) => `${o.name} ${f(o.api.p95)} vs ${f(o.peer!.p95)} ms`).join('; '),
  });
  const failed = at50.filter((x) => x.api.errors + x.api.non2xx > 0);
  out.push({
    goal: `${label(c)}: 0 errors and 0 timeouts at 50 connections`,
    met: failed.length === 0,
    detail: failed.length === 0 ? 'none' : failed.map((x) => `${x.o.name} ${x.api.errors} errors / ${x.api.non2xx} non-2xx`).join('; '),
  });
  const withinBound = c.operations.filter((o) => CONTRACT_KEYS.includes(o.key) && !(o.api.p50 <= 1.2 * o.sql.p50));
  out.push({
    goal: `${label(c)}: each contract operation's p50 ≤ 1.2× its hand-written SQL`,
    met: withinBound.length === 0,
    detail: withinBound.length === 0 ? 'all within' : withinBound.map((o) => `${o.name} ${f(ratio(o.api.p50, o.sql.p50), 1)}×`).join('; '),
  });
  const slowRepeat = c.operations.filter((o) => !(Math.min(o.cached.p50, o.notModified.p50) <= 2));
  out.push({
    goal: `${label(c)}: a repeated request answered from the cache or with 304 in ≤ 2 ms (p50)`,
    met: slowRepeat.length === 0,
    detail: c.operations.map((o) => `${o.name} ${f(o.cached.p50, 2)} / ${f(o.notModified.p50, 2)} ms`).join('; '),
  });
  return out;
}

export function writeReport(r: BenchResults): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push('# Jixiao at province scale — benchmark results');
  lines.push('');
  lines.push(`Generated by \`${r.command}\` on ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(r.seconds / 60)} min in all.`);
  lines.push('');
  lines.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; load average at start ${m.loadAverageAtStart.join(' / ')}`);
  lines.push(`- Node ${m.node}; PostgreSQL: ${m.postgres ?? 'not run'}; PGlite: ${m.pglite ?? 'not run'}`);
  lines.push(
    `- Data: synthetic 河南省 (410000) fiscal year ${r.configs[0]?.year ?? '—'}, seed ${r.settings.seed} (\`npm run generate -- --scale S --seed ${r.settings.seed}\`); scale 1 = 17 cities, 100 counties, 3,000 organizations (one document each), 60,000 project evaluations, ≈600,000 indicators`,
  );
  lines.push(
    `- Latency: sequential requests over HTTP to the real app (\`createApp\`, loopback, keep-alive) after 3 warm-up requests, for ${r.settings.latencySeconds} s or 300 requests (at least 20); SQL lower bound for ${Math.round(r.settings.latencySeconds / 2)} s; naive baseline for ${r.settings.naiveSeconds} s (at least 3 runs). Load: autocannon, ${r.settings.loadSeconds} s at 10 and 50 connections. Jixiao's response cache is off for these (they repeat one request); *cached* is the same request answered from it, *304* the same request with If-None-Match.`,
  );
  lines.push(
    `- Peer (PostgreSQL only): ${r.settings.peer ?? 'not run'}, over the same database in the same process, with views of its own (bench/peer/schema.sql: pg-aggregates sums helper columns; the client divides; its rollups add up Jixiao's rollup sums per region, as Jixiao does), a pool of 10 connections like Jixiao's, ordering by columns without an index allowed, NULLS LAST, production mode, its own \`jit_optimize_above_cost = -1\` (Jixiao: \`jit=off\`). Each sequential sample alternates Jixiao and PostGraphile; under load, Jixiao then PostGraphile at 10, then both at 50 connections. Its queries: bench/peerOperations.ts (CompareIndicator is given the concept key; the dashboard reuses the city groups for its comparison — both flattering to it).`,
  );
  for (const s of r.skipped) lines.push(`- **Skipped:** ${s}`);
  lines.push('');
  lines.push('## Goals');
  lines.push('');
  lines.push('| goal | met | measured |');
  lines.push('|---|---|---|');
  for (const g of goals(r)) lines.push(`| ${g.goal} | ${g.met === null ? 'n/a' : g.met ? 'yes' : '**no**'} | ${g.detail} |`);
  lines.push('');
  lines.push('## Import');
  lines.push('');
  lines.push('| configuration | documents | projects | indicators (all / of projects) | discrepancies (projects with one) | failed | unread lines | time | documents/s | indicator rows/s | statements | peak RSS | database size |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const c of r.configs) {
    const i = c.import;
    lines.push(
      `| ${label(c)} | ${f(i.documents)} | ${f(i.rows.projects)} | ${f(i.rows.indicators)} / ${f(i.rows.projectIndicators)} | ${f(i.rows.discrepancies)} (${f(i.rows.projectsWithDiscrepancies)}) | ${i.failed} | ${i.unreadLines} | ${f(i.seconds)} s | ${f(i.documentsPerSecond)} | ${f(i.indicatorRowsPerSecond)} | ${f(i.statements)} | ${i.peakRssMiB} MiB | ${i.databaseMiB ?? '—'} MiB |`,
    );
  }
  lines.push('');
  lines.push('## Operations');
  lines.push('');
  lines.push(
    'Latencies in ms. *SQL* is one hand-written statement computing the same figures, sent through the driver (pg / PGlite) without Prisma, GraphQL or HTTP — the lower bound. *Naive* resolves the same operation with one ORM query per parent and rollups summed in JavaScript over every project row, called in-process (no HTTP, no GraphQL: flattering to it). Ratios are of p50s.',
  );
  for (const c of r.configs) {
    lines.push('');
    lines.push(`### ${label(c)} (${f(c.plan.projects)} projects, ${c.plan.cities} cities, ${c.plan.counties} counties)`);
    lines.push('');
    lines.push('| operation | variables | statements | p50 | p95 | p99 | n | PostGraphile p50 | PostGraphile p95 | PostGraphile/API | SQL p50 | API/SQL | naive p50 | naive statements | naive/API | cached p50 | 304 p50 | response KiB |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const o of c.operations) lines.push(opRow(o));
    lines.push('');
    lines.push(`Server peak RSS while serving: ${c.serverPeakRssMiB} MiB.`);
    const loaded = c.operations.filter((o) => o.load.length > 0);
    if (loaded.length > 0) {
      lines.push('');
      lines.push('| under load (autocannon) | server | connections | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors / non-2xx |');
      lines.push('|---|---|---|---|---|---|---|---|---|');
      for (const o of loaded)
        for (const [i, l] of o.load.entries())
          for (const [server, x] of [['Jixiao', l], ['PostGraphile', o.peerLoad[i]]] as const)
            if (x) lines.push(`| ${o.name} | ${server} | ${x.connections} | ${f(x.rps)} | ${f(x.p50)} | ${f(x.p90)} | ${f(x.p99)} | ${f(x.max)} | ${x.errors} / ${x.non2xx} |`);
    }
  }
  lines.push('');
  lines.push('## Statements per operation across scales');
  lines.push('');
  lines.push(`| operation | ${r.configs.map(label).join(' | ')} |`);
  lines.push(`|---|${r.configs.map(() => '---').join('|')}|`);
  const keys = [...new Set(r.configs.flatMap((c) => c.operations.map((o) => o.key)))];
  for (const key of keys) {
    const name = r.configs[0]!.operations.find((o) => o.key === key)?.name ?? key;
    lines.push(
      `| ${name} | ${r.configs.map((c) => { const o = c.operations.find((x) => x.key === key); return o ? `${o.apiStatements.join('/')} (naive ${o.naiveStatements ?? 'not run'})` : '—'; }).join(' | ')} |`,
    );
  }
  lines.push('');
  lines.push(...towardTwentyMillion(r));
  return `${lines.join('\n')}\n`;
}

/** How the design carries to every province over ten years (~20 million projects), with this run's figures. */
function towardTwentyMillion(r: BenchResults): string[] {
  const pg = r.configs.filter((c) => c.engine === 'postgresql');
  if (pg.length === 0) return [];
  const p = (c: ConfigResult, key: string) => c.operations.find((o) => o.key === key)?.api;
  const lines = [
    '## Toward every province over ten years (~20 million projects)',
    '',
    'This run on PostgreSQL, by scale (p50 / p95 in ms, sequential):',
    '',
    '| scale | projects | RegionRollup (province) | CompareRegions (17 cities) | dashboard overview | RegionProjects (page of 20) | import | per 1,000 projects | database |',
    '|---|---|---|---|---|---|---|---|---|',
    ...pg.map((c) => {
      const at = (key: string) => `${f(p(c, key)?.p50)} / ${f(p(c, key)?.p95)}`;
      return `| ${c.scale} | ${f(c.plan.projects)} | ${at('regionRollup')} | ${at('compareRegions')} | ${at('dashboard')} | ${at('regionProjects')} | ${f(c.import.seconds)} s | ${f((c.import.seconds * 1000) / c.plan.projects, 2)} s | ${c.import.databaseMiB ?? '—'} MiB |`;
    }),
    '',
    '- **What stays flat.** Every rollup — a region at any level, an organization, comparisons, rankings, the dashboard overview — adds up rollup sums (src/db/rollupSums.ts), one row per region and year beneath the node (a province: 118 rows), one per organization and year for an organization. Their cost follows the region tree, not the projects: the whole country is about 3,300 regions, so a national rollup reads about 3,300 rows a year. A region’s project page is taken region by region — each region beneath it gives its first rows by index (name order, the default) and the page is the first of those — and its total for a year is the rollup sums’ project count: a page costs a few rows per region, not the projects beneath it. Statements per operation are constant (table above). What grows is what an answer lists: a ranking of 1,800 organizations, or CompareIndicator, which reads every matched indicator of a region-year (it grows with one province-year, never with the other years or provinces).',
    '- **Import.** A document costs its own rows plus two statements recomputing its organizations’ and their regions’ sums — independent of what the database holds. 20 million projects are about a million documents; at the per-1,000-project cost above, that is a matter of days on this 2-core machine, or hours with several importers (one transaction per document, documents of different organizations independent).',
    '- **Partitioning by year.** Every read names a fiscal year (rollups, pages, comparisons, discrepancies), so project_evaluation, discrepancy and the two rollup-sum tables partition by LIST (fiscal_year) and every statement prunes to one partition: a year of every province is about 2 million projects, 33× scale 1, while the rollups read the same hundreds of sum rows. Closed years become read-only (VACUUM, ANALYZE and index maintenance touch the current year only) and can be detached. indicator has no fiscal_year: partitioning it needs the year copied onto it (it is read by project id and by concept within a year).',
    '- **Size.** The database grows about linearly with projects (column above): 20 million projects are a few hundred times scale 1 — on the order of 100 GB, one server’s disk, with the current year’s partitions as the working set.',
    '- **Replicas.** Reads are nearly all the traffic and several API processes share nothing but the database (the data version lives in it), so reads scale out to streaming replicas: with `DATABASE_REPLICA_URL` the API’s reads go to the replica and writes (document loads, keys, the audit log) to the primary (test/server/replica.test.ts starts a pg_basebackup replica of its own). A replica’s answer carries the data version read from that replica (never the primary’s, which may be ahead), so an ETag or cached response is never labelled newer than its data, and an upload is answered once the replica has replayed it. Reads go on while the primary is away.',
    '',
  ];
  return lines;
}

