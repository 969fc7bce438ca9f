/** Structured logs (JSON lines on stdout) for the server and the CLI. */
import { pino } from 'pino';

export function createLogger(level: string) {
  return pino({ level, base: { service: 'jixiao' } });
}
