/**
 * The HTTP application: GraphQL at /graphql (Apollo Server), a health check at /health, the query
 * IDE at /graphiql and the dashboard at /dashboard, with every asset served from node_modules or
 * the project itself — nothing from a CDN.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { createApi, type ApiOptions } from './api';
import { callerOf } from './api/auth';
import type { Database, RequestReads } from './db/database';
import type { RequestBudget } from './graphql/budget';
import { exportRouter } from './export/router';
import { createContext, type Context } from './graphql/context';
import { DOCUMENT_LIMITS } from './graphql/documentLimits';
import { formatErrorFor, requestLevelErrors } from './graphql/errorPolicy';
import { schema } from './graphql/schema';
import { GRAPHIQL_BOOT_JS, graphiqlPage } from './graphiql';
import { DatabaseMonitor } from './http/databaseMonitor';
import { errorHandler, notFound } from './http/errors';
import { etagGate, etagPlugin } from './http/etag';
import { responseCachePlugins } from './http/responseCache';
import { graphqlGuard } from './http/graphqlGuard';
import { chooseLanguage, inRequestLanguage, languageOf } from './http/language';
import { health } from './http/health';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from './http/options';
import { rateLimitPerClient } from './http/rateLimit';
import { limitRequests, markReceived } from './http/requestLimits';
import { corsAllowList, securityHeaders } from './http/security';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface AppOptions {
  db: Database;
  logger: Logger;
  /** Errors carry no stack trace or library detail unless this is false (NODE_ENV=development). */
  production: boolean;
  /** Time, concurrency, size and rate limits, CORS, GraphiQL and introspection (defaults: src/http/options.ts). */
  http?: Partial<HttpOptions>;
  /** Folder of .graphql operations offered as examples in the IDE (the API contract). */
  examplesDir?: string;
  /** Who may read and write (src/api/): reading open by default, uploads with a key. */
  access?: ApiOptions;
}

export interface App {
  server: http.Server;
  listen(port: number, host: string): Promise<{ port: number; host: string }>;
  /** The key for this server's local clients (written into its lock file by src/server.ts). */
  localKey: string;
  close(): Promise<void>;
}

function readExamples(dir: string | undefined): { name: string; query: string }[] {
  if (!dir || !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

export async function createApp(options: AppOptions): Promise<App> {
  const { db, logger } = options;
  const limits: HttpOptions = { ...DEFAULT_HTTP_OPTIONS, ...options.http };
  const monitor = new DatabaseMonitor(db, logger);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const server = http.createServer(app);
  // Keep idle connections longer than clients and proxies usually do, so that a client never
  // reuses a socket the server is closing at that moment (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: !options.production,
    // src/server.ts owns SIGTERM/SIGINT: it drains HTTP, then closes the database.
    stopOnTerminationSignals: false,
    introspection: limits.introspection,
    parseOptions: { maxTokens: DOCUMENT_LIMITS.maxTokens },
    plugins: [
      requestLevelErrors,
      etagPlugin,
      ...(limits.responseCache ? responseCachePlugins() : []),
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: 5_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // Field-by-field cache hints are not used (src/http/responseCache.ts); without this Apollo
      // installs the plugin anyway, and it wraps every resolver in the schema.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart(request) {
          const started = process.hrtime.bigint();
          const statementsBefore = db.statementCount();
          return {
            async willSendResponse(ctx) {
              logger.info(
                {
                  operation: request.request.operationName ?? null,
                  ms: Number(process.hrtime.bigint() - started) / 1e6,
                  statements: db.statementCount() - statementsBefore,
                  errors: ctx.errors?.length ?? 0,
                },
                'graphql request',
              );
            },
          };
        },
      },
    ],
    formatError: formatErrorFor({
      logger,
      development: !options.production,
      requestTimeoutMs: limits.requestTimeoutMs,
      onDatabaseUnavailable: () => monitor.markDown(),
    }),
  });
  await apollo.start();

  app.use(markReceived);
  app.use(chooseLanguage);
  app.use(['/graphql', '/api'], inRequestLanguage);
  app.use(securityHeaders());
  app.use(corsAllowList(limits.corsOrigins));
  app.get('/health', health(db, monitor));

  // Keys, uploads, the audit log; reading through /graphql behind the read gate.
  const api = createApi(db, logger, options.access);
  app.use(api.authenticate);
  app.use('/api/export', rateLimitPerClient(limits.rateLimitPerMinute), api.readGate, etagGate(db, monitor), exportRouter(db, logger));
  app.use('/api', rateLimitPerClient(limits.rateLimitPerMinute), api.router);
  // limitRequests gives each request its budget (deadline, client gone, rows) and its readers,
  // cancelled with it, in res.locals.
  const graphql = expressMiddleware(apollo, {
    context: async ({ res }) =>
      createContext(res.locals.reads as RequestReads, callerOf(res), res.locals.budget as RequestBudget, languageOf(res), {
        dataVersion: res.locals.dataVersion as string,
        etag: res.locals.etag as string,
      }),
  });
  app.use(
    '/graphql',
    rateLimitPerClient(limits.rateLimitPerMinute),
    api.readGate,
    express.json({ limit: '256kb' }),
    graphqlGuard,
    monitor.gate,
    etagGate(db, monitor),
    limitRequests(db, limits, async (req, res, budget, reads) => {
      res.locals.budget = budget;
      res.locals.reads = reads;
      await graphql(req, res, () => undefined);
    }),
  );

  if (limits.graphiql) {
    const examples = readExamples(options.examplesDir);
    app.get('/graphiql', (_req, res) => {
      res.type('html').send(graphiqlPage(examples));
    });
    app.get('/graphiql/boot.js', (_req, res) => {
      res.type('text/javascript').send(GRAPHIQL_BOOT_JS);
    });
  }
  const vendor: Record<string, string> = {
    'react.js': 'node_modules/react/umd/react.production.min.js',
    'react-dom.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
    'graphiql.js': 'node_modules/graphiql/dist/index.umd.js',
    'graphiql.css': 'node_modules/graphiql/dist/style.css',
    'graphiql-explorer.js': 'node_modules/@graphiql/plugin-explorer/dist/index.umd.js',
    'graphiql-explorer.css': 'node_modules/@graphiql/plugin-explorer/dist/style.css',
  };
  app.get('/vendor/:file', (req, res) => {
    const file = vendor[req.params.file];
    if (!file) return notFound(req, res, () => undefined);
    res.sendFile(path.join(root, file), { maxAge: '1d' });
  });

  const dashboardDir = path.join(root, 'dashboard', 'dist');
  app.use('/dashboard', express.static(dashboardDir, { index: 'index.html' }));
  app.get('/', (_req, res) => res.redirect(fs.existsSync(dashboardDir) ? '/dashboard/' : '/graphiql'));
  app.use(notFound);
  app.use(errorHandler(logger, !options.production));

  return {
    server,
    localKey: api.localKey,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve({ port: typeof address === 'object' && address ? address.port : port, host });
        });
      });
    },
    async close() {
      // Idle keep-alive connections are closed at once; requests in flight get up to 5 s to finish.
      server.closeIdleConnections();
      monitor.close();
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
    },
  };
}
