/** The real HTTP server on a free port, and a client that posts typed documents to it. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { pino } from 'pino';
import type { ApiOptions } from '../../src/api';
import { createApp, type App } from '../../src/app';
import type { Database } from '../../src/db/database';
import type { HttpOptions } from '../../src/http/options';
import { afterAll, beforeAll } from 'vitest';
import { CONTRACT_DIR, emptyDatabase, seededDatabase } from './database';

export interface TestServer {
  url: string;
  app: App;
  /** Posts a typed document; `headers` such as ENGLISH ask for the messages in English. */
  query<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<{ data?: R; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** GET of a path of the server (`/api/export/…`), sent again on the same stale-connection race as `post`. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Asks for the messages in English (they are Chinese by default). */
export const ENGLISH = { 'accept-language': 'en' } as const;

export async function startServer(
  db: Database,
  options: { production?: boolean; http?: Partial<HttpOptions>; access?: ApiOptions } = {},
): Promise<TestServer> {
  const app = await createApp({
    db,
    logger: pino({ level: 'silent' }),
    production: options.production ?? false,
    // Tests send many requests from one address.
    http: { rateLimitPerMinute: 0, ...options.http },
    examplesDir: CONTRACT_DIR,
    access: options.access,
  });
  const { port } = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  // A kept-alive connection the server closed (its keep-alive timeout) just as fetch reused it: the
  // request never reached the server, and a query or a GET is safe to send again. It happens when a
  // test holds this process's event loop past the timeout (an import on the in-process PGlite, a
  // busy machine) — a race of the test's client, not an answer of the server.
  const sendAgainOnStaleConnection = (send: () => Promise<Response>) =>
    send().catch((error: Error & { cause?: { code?: string } }) => {
      if (error.cause?.code !== 'UND_ERR_SOCKET' && error.cause?.code !== 'ECONNRESET') throw error;
      return send();
    });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    sendAgainOnStaleConnection(() =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    );
  const get = (path: string, headers: Record<string, string> = {}) => sendAgainOnStaleConnection(() => fetch(`${url}${path}`, { headers }));
  return {
    url,
    app,
    post,
    get,
    async query(document, variables, headers) {
      const response = await post({ query: print(document), variables }, headers);
      return (await response.json()) as never;
    },
    close: () => app.close(),
  };
}

/** A seeded database and a server on it for the tests of one file, closed after them. */
export function useSeededServer(): { db: Database; server: TestServer } {
  return useServerOn(seededDatabase);
}

/** An empty database and a server on it for the tests of one file, closed after them. */
export function useEmptyServer(): { db: Database; server: TestServer } {
  return useServerOn(emptyDatabase);
}

function useServerOn(open: () => Promise<Database>): { db: Database; server: TestServer } {
  const env = {} as { db: Database; server: TestServer };
  beforeAll(async () => {
    env.db = await open();
    env.server = await startServer(env.db);
  });
  afterAll(async () => {
    await env.server?.close();
    await env.db?.close();
  });
  return env;
}
