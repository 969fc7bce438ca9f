/**
 * `npm run generate -- --scale S --seed N [--year Y] [--template T] [--format F] [--out DIR] [--load]`:
 * writes the synthetic province's documents (one per organization) to DIR (default
 * data/synthetic-S-N), or with --load imports them straight into the configured database
 * (DATABASE_URL, else the embedded PGlite) through the same importer as `npm run import`.
 * --template writes them in the layout of a template of src/templates/definitions/ (default: the
 * Henan seed's); --format chooses how they are published: text (tab-separated, the default),
 * line-broken (one cell per line), html, mht (a single-file web page), docx, xlsx or pdf.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ensureReferenceData } from '../db/referenceData';
import { refreshStatistics } from '../db/statistics';
import { importDocument } from '../ingest/load';
import { createReadingPool, readAhead } from '../ingest/readingPool';
import { DEFAULT_YEAR, publish, PUBLISHED_FORMATS, syntheticProvince, type PublishedFormat } from '../synthetic';
import { TEMPLATES } from '../templates';
import { generates } from '../synthetic/templated';

/** The templates whose forms the generator writes. */
const WRITTEN = TEMPLATES.filter(generates).map((t) => t.id);

const USAGE =
  `usage: npm run generate -- --scale S --seed N [--year Y] [--template ${WRITTEN.join('|')}] ` +
  `[--format ${PUBLISHED_FORMATS.join('|')}] [--out DIR | --load]`;

async function main(): Promise<number> {
  let values;
  try {
    values = parseArgs({
      options: {
        scale: { type: 'string', default: '0.01' },
        seed: { type: 'string', default: '1' },
        year: { type: 'string', default: String(DEFAULT_YEAR) },
        template: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        load: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as PublishedFormat;
  if (!PUBLISHED_FORMATS.includes(format)) {
    console.error(`unknown format ${values.format}\n${USAGE}`);
    return 2;
  }
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  const year = Number(values.year);
  let province;
  try {
    province = syntheticProvince({ scale, seed, year, template: values.template });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { plan } = province;
  console.log(
    `synthetic 河南省 ${year}${values.template ? ` (${values.template} layout)` : ''}, scale ${scale}, seed ${seed}: ${province.regions.filter((r) => r.level === 'CITY').length} cities, ` +
      `${province.regions.filter((r) => r.level === 'COUNTY').length} counties, ${plan.organizations} organizations (one document each), ${plan.projects} projects`,
  );
  const started = Date.now();
  let documents = 0;
  let indicators = 0;
  if (!values.load) {
    const out = path.resolve(values.out ?? path.join('data', `synthetic-${scale}-${seed}`));
    fs.mkdirSync(out, { recursive: true });
    let extension = '';
    for (const doc of province.documents()) {
      const published = await publish(doc, format);
      fs.writeFileSync(path.join(out, published.fileName), published.bytes);
      extension = path.extname(published.fileName);
      documents += 1;
      indicators += doc.indicators;
    }
    console.log(`wrote ${documents} documents (${indicators} indicator rows) to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(
      `load them with: npm run import -- ${path.relative(process.cwd(), out)}/*${extension}   (or: npm run generate -- … --load)`,
    );
    return 0;
  }
  const config = readConfig();
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.JIXIAO_DATA_DIR });
  let failed = 0;
  let unread = 0;
  try {
    await migrate(db.script);
    await ensureReferenceData(db.prisma);
    // Read on the reading threads while the document before is written (src/ingest/readingPool.ts).
    const pool = createReadingPool({ timeLimitMs: config.JIXIAO_READ_TIMEOUT_MS });
    const published = (async function* () {
      for (const doc of province.documents()) yield { doc, ...(await publish(doc, format)) };
    })();
    try {
      for await (const { item, reading } of readAhead(published, pool)) {
        const { doc } = item;
        const report = await importDocument(db, item.fileName, item.bytes, { reading });
        documents += 1;
        indicators += report.counts.indicators;
        unread += report.unread.length;
        if (report.status === 'failed') {
          failed += 1;
          console.error(`${doc.fileName}: failed — ${report.errors.map((e) => e.message).join('; ')}`);
        }
        if (documents % 100 === 0) process.stdout.write(`\r${documents}/${plan.organizations} documents`);
      }
    } finally {
      await pool.close();
    }
    await refreshStatistics(db);
  } finally {
    await db.close();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\nloaded ${documents} documents (${indicators} indicators) into ${db.kind} in ${seconds.toFixed(1)} s ` +
      `(${(documents / seconds).toFixed(1)} documents/s); ${failed} failed, ${unread} unread lines`,
  );
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
