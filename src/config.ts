/**
 * Configuration, read once from the environment and validated: a wrong value stops the process
 * with a message naming the variable, never a default silently used in its place.
 */
import path from 'node:path';
import { z } from 'zod';
import { cliLanguage, type Language, type Text } from './i18n/language';
import { startupText } from './i18n/startup';
import { DEFAULT_READ_TIME_LIMIT_MS } from './ingest/readingPool';

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((v) => v === 'true');
const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** The HTTP server's protections (src/http/): time, concurrency, size and rate limits, CORS, tools. */
const httpSchema = {
  /** Deadline of one request, and the PostgreSQL statement_timeout of the API's connections. */
  JIXIAO_REQUEST_TIMEOUT_MS: positive(10_000),
  /** GraphQL operations running at once; more wait (bounded) or are answered 503. */
  JIXIAO_MAX_CONCURRENT: positive(8),
  /** How long a request may wait for its turn before a 503 "busy" (see DEFAULT_HTTP_OPTIONS.queueWaitMs). */
  JIXIAO_QUEUE_WAIT_MS: positive(8_000),
  /** Rows one operation may load. */
  JIXIAO_MAX_ROWS: positive(50_000),
  /** Largest response body in bytes. */
  JIXIAO_MAX_RESPONSE_BYTES: positive(8 * 1024 * 1024),
  /** Requests per minute per API key (X-API-Key / Authorization) or, without one, per address; 0 turns the limit off. */
  JIXIAO_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Origins allowed to call the API from a browser (CORS), comma-separated; none by default. */
  JIXIAO_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== ''),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, startupText.corsOrigin().en))),
  /** The query IDE at /graphiql (read-only). */
  JIXIAO_GRAPHIQL: flag('true'),
  /** GraphQL introspection (the schema is public and the API read-only). */
  JIXIAO_INTROSPECTION: flag('true'),
  /** Whole GraphQL responses cached in memory until a document load changes the data (false: off). */
  JIXIAO_RESPONSE_CACHE: flag('true'),
};

const schema = z
  .object({
    DATABASE_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, startupText.postgresUrl().en)
        .optional(),
    ),
    /** A streaming replica of DATABASE_URL's server: the API's reads go there, writes to DATABASE_URL. */
    DATABASE_REPLICA_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, startupText.replicaUrl().en)
        .optional(),
    ),
    JIXIAO_DATA_DIR: z.string().min(1).default(path.resolve('data', 'pglite')),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Only `development` shows stack traces and library detail in errors; anything else behaves as production. */
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
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
    /** How long one document may take to read before it is refused and its reading thread stopped (src/ingest/readingPool.ts). */
    JIXIAO_READ_TIMEOUT_MS: positive(DEFAULT_READ_TIME_LIMIT_MS),
    /** Largest document an upload may carry, in MiB. */
    JIXIAO_UPLOAD_LIMIT_MB: z.coerce.number().positive().max(1024).default(50),
    /** Where the import and keys commands find a running server (default: http://127.0.0.1:PORT). */
    JIXIAO_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
    /** The key the import and keys commands send to the server. */
    JIXIAO_API_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
    ...httpSchema,
  })
  .refine((config) => !config.DATABASE_REPLICA_URL || config.DATABASE_URL, {
    path: ['DATABASE_REPLICA_URL'],
    message: startupText.replicaWithoutPrimary().en,
  });

export type Config = z.infer<typeof schema>;

/** A refusal in both languages; its message is in the command's language. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly text: Text,
    language: Language,
  ) {
    super(text[language]);
  }
}

/** zod's own words in each language; the project's own messages (above, in English there) by their text. */
const ZOD_LOCALE = { zh: z.locales.zhCN(), en: z.locales.en() } as const;
const OWN_MESSAGES: Text[] = [
  startupText.postgresUrl(),
  startupText.replicaUrl(),
  startupText.replicaWithoutPrimary(),
  startupText.corsOrigin(),
];

function problemsIn(env: NodeJS.ProcessEnv, language: Language): string {
  const result = schema.safeParse(env, { error: ZOD_LOCALE[language].localeError });
  return (result.error?.issues ?? [])
    .map((i) => `${i.path.join('.')}: ${OWN_MESSAGES.find((m) => m.en === i.message)?.[language] ?? i.message}`)
    .join(language === 'zh' ? '；' : '; ');
}

/** The configuration, or a ConfigError in the language of `env` (LC_ALL, LANG; Chinese otherwise). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const text: Text = {
      zh: startupText.invalidConfiguration(problemsIn(env, 'zh')).zh,
      en: startupText.invalidConfiguration(problemsIn(env, 'en')).en,
    };
    throw new ConfigError(text, cliLanguage(undefined, env));
  }
  return result.data;
}
