/**
 * `npm start`: serve the API. Opens the database (embedded PGlite unless DATABASE_URL names a
 * PostgreSQL server), migrates it, loads the seed documents on first start, and listens until
 * SIGTERM/SIGINT, then drains requests and closes the database.
 */
import './productionDefaults';
import path from 'node:path';
import { createApp } from './app';
import { readConfig } from './config';
import { httpOptionsFrom } from './http/options';
import { openPreparedDatabase } from './startup';
import { cliLanguage } from './i18n/language';
import { messageOf } from './i18n/startup';
import { createLogger, startBanner } from './logger';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openPreparedDatabase(config, logger);
  const app = await createApp({
    db,
    logger,
    // Stack traces and library detail only when asked for explicitly.
    production: config.NODE_ENV !== 'development',
    http: httpOptionsFrom(config),
    examplesDir: path.join(path.dirname(config.JIXIAO_SEED_DIR), 'contract'),
    access: {
      readAccess: config.JIXIAO_READ_ACCESS,
      uploadLimitMb: config.JIXIAO_UPLOAD_LIMIT_MB,
      readTimeLimitMs: config.JIXIAO_READ_TIMEOUT_MS,
    },
  });
  const { port, host } = await app.listen(config.PORT, config.HOST);
  // The lock on the embedded database says where to send documents, and holds the local clients' key.
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  db.lock?.update({ url: base, localKey: app.localKey });
  logger.info(
    {
      url: `${base}/graphql`,
      dashboard: `${base}/dashboard/`,
      graphiql: `${base}/graphiql`,
      database: db.kind,
      location: db.location,
      replica: db.replica,
    },
    'listening',
  );
  if (process.stdout.isTTY)
    process.stdout.write(
      startBanner(
        base,
        `${db.kind}${db.location ? `, ${db.location}` : ''}${db.replica ? ` (reads: ${db.replica})` : ''}`,
        cliLanguage(undefined),
      ),
    );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    await app.close();
    await db.close();
    logger.info('stopped');
    process.exit(0);
  };
  // A fault the code did not foresee (a connection error surfacing outside any request, a
  // rejected promise nobody awaited) is logged; it does not take the server down.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration and connection problems are the user's to fix: say what, without a stack.
  console.error(`jixiao: ${messageOf(error, cliLanguage(undefined))}`);
  process.exit(1);
});
