/**
 * Configuration, read once from the environment and validated: a wrong value stops the process
 * with a message naming the variable, never a default silently used in its place.
 */
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL (leave it unset for the embedded PGlite)')
      .optional(),
  ),
  JIXIAO_DATA_DIR: z.string().min(1).default(path.resolve('data', 'pglite')),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seed documents loaded on first start when the database holds no document. */
  JIXIAO_SEED_DIR: z
    .string()
    .min(1)
    .default(path.resolve('..', 'shared', 'seeds')),
  JIXIAO_LOAD_SEEDS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  // Writers and readers (src/api/): uploads need a key; reading needs one only when this says `key`.
  JIXIAO_READ_ACCESS: z.enum(['open', 'key']).default('open'),
  /** Largest document an upload may carry, in MiB. */
  JIXIAO_UPLOAD_LIMIT_MB: z.coerce.number().positive().max(1024).default(50),
  /** Where the import and keys commands find a running server (default: http://127.0.0.1:PORT). */
  JIXIAO_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  /** The key the import and keys commands send to the server. */
  JIXIAO_API_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  return result.data;
}
