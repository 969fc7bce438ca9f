/**
 * Logs for the server and the CLI: JSON lines on stdout, or — when stdout is a terminal — the
 * same records made readable by pino-pretty (time, level, message, fields).
 */
import { pino } from 'pino';
import pretty from 'pino-pretty';
import type { Language, Text } from './i18n/language';
import { startupText } from './i18n/startup';

export function createLogger(level: string, readable = Boolean(process.stdout.isTTY)) {
  const options = { level, base: { service: 'jixiao' } };
  if (!readable) return pino(options);
  return pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', singleLine: true }));
}

/** The addresses a person opens, printed when the server starts, in the command's language. */
export function startBanner(base: string, database: string, language: Language): string {
  const say = (text: Text) => text[language];
  // The labels padded to one width, counted in columns (a Chinese character takes two).
  const labels = [say(startupText.dashboard()), 'GraphiQL', 'API', say(startupText.exports()), say(startupText.health())];
  const width = (label: string) => [...label].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const column = Math.max(...labels.map(width)) + 2;
  const line = (label: string, value: string) => `  ${label}${' '.repeat(column - width(label))}${value}`;
  return [
    say(startupText.serving(database)),
    line(labels[0]!, `${base}/dashboard/`),
    line(labels[1]!, `${base}/graphiql`),
    line(labels[2]!, `${base}/graphql (POST)`),
    line(labels[3]!, `${base}/api/export/projects?year=…&format=csv|xlsx`),
    line(labels[4]!, `${base}/health`),
    '',
  ].join('\n');
}
