/**
 * The benchmark's peer: PostGraphile 5 (Amber preset) with @graphile/pg-aggregates over the same
 * PostgreSQL database as Jixiao, served by grafserv on Node's http server. Its own views are in
 * schema.sql beside this file. Started in the bench's own process (as Jixiao's app is), with:
 * a pool of 10 connections (Jixiao's), ordering and conditions on columns without an index
 * allowed (PgIndexBehaviorsPlugin off: the views have none), NULLS LAST ordering (Jixiao's), and
 * PostGraphile's own per-connection `jit_optimize_above_cost = -1`.
 */
import http from 'node:http';

// PostGraphile 5 declares Node >= 22; on Node 20 the one missing API it meets is this.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

// Production mode, as Jixiao runs in the bench (and without the warning saying so).
process.env.GRAPHILE_ENV ??= 'production';

export async function startPeer({ connectionString, port = 0, host = '127.0.0.1' }) {
  const { postgraphile } = await import('postgraphile');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');
  const { PgAggregatesPreset } = await import('@graphile/pg-aggregates');
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset, PgAggregatesPreset],
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ connectionString, schemas: ['public', 'peer'], poolConfig: { max: 10 } })],
    schema: { pgOrderByNullsLast: true },
    grafserv: { graphqlPath: '/graphql', graphiql: false, maxRequestLength: 1_000_000 },
  });
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.keepAliveTimeout = 65_000;
  serv.addTo(server);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    async schemaText() {
      const { printSchema } = await import('postgraphile/graphql');
      return printSchema(await pgl.getSchema());
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      // Releases PostGraphile (and its pool) with it.
      await serv.release();
    },
  };
}
