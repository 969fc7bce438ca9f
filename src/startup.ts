/**
 * Getting a database ready to serve: open it, apply migrations, write the reference data, and on
 * first start (no document loaded yet) load the seed documents through the importer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { ensureReferenceData } from './db/referenceData';
import { importDocument } from './ingest/load';

export async function openPreparedDatabase(config: Config, logger: Logger): Promise<Database> {
  const db = await openDatabase({
    url: config.DATABASE_URL,
    replicaUrl: config.DATABASE_REPLICA_URL,
    dataDir: config.JIXIAO_DATA_DIR,
    // No statement of the API outlives its request.
    statementTimeoutMs: config.JIXIAO_REQUEST_TIMEOUT_MS,
    onConnectionError: (error) => logger.warn({ error: error.message }, 'database connection lost; it is reopened on demand'),
  });
  try {
    const applied = await migrate(db.script);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    await ensureReferenceData(db.prisma);
    if (config.JIXIAO_LOAD_SEEDS && (await db.prisma.sourceDocument.count()) === 0) {
      await loadSeeds(db, config.JIXIAO_SEED_DIR, logger);
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function loadSeeds(db: Database, dir: string, logger: Logger): Promise<void> {
  if (!fs.existsSync(dir)) {
    logger.warn({ dir }, 'seed folder not found; starting with an empty database');
    return;
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const file of files) {
    const report = await importDocument(db, file, fs.readFileSync(path.join(dir, file)));
    const entry = { file, status: report.status, counts: report.counts, warnings: report.warnings.length, unread: report.unread.length };
    if (report.status === 'failed') logger.error({ ...entry, errors: report.errors }, 'seed document failed to load');
    else logger.info(entry, 'seed document loaded');
  }
}
