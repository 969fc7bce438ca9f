/** `npm run migrate`: apply the committed migrations and reference data to the configured database. */
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ensureReferenceData } from '../db/referenceData';

const config = readConfig();
const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.JIXIAO_DATA_DIR });
try {
  const applied = await migrate(db.script);
  await ensureReferenceData(db.prisma);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
} catch (error) {
  console.error(`migrate: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
