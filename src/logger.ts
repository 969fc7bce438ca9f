/**
 * Logs for the server and the CLI: JSON lines on stdout, or — when stdout is a terminal — the
 * same records made readable by pino-pretty (time, level, message, fields).
 */
import { pino } from 'pino';
import pretty from 'pino-pretty';

export function createLogger(level: string, readable = Boolean(process.stdout.isTTY)) {
  const options = { level, base: { service: 'jixiao' } };
  if (!readable) return pino(options);
  return pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', singleLine: true }));
}

/** The addresses a person opens, printed when the server starts. */
export function startBanner(base: string, database: string): string {
  return [
    `Jixiao 绩效 is serving (${database}):`,
    `  dashboard  ${base}/dashboard/`,
    `  GraphiQL   ${base}/graphiql`,
    `  API        ${base}/graphql (POST)`,
    `  exports    ${base}/api/export/projects?year=…&format=csv|xlsx`,
    `  health     ${base}/health`,
    '',
  ].join('\n');
}
