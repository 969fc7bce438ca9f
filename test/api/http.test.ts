/**
 * The HTTP layer's defaults and limits, each through HTTP: JSON error bodies (never express's HTML
 * pages), security headers and a CSP that GraphiQL and the dashboard live with, CORS by allow-list,
 * rate limits (429), BAD_USER_INPUT for malformed IDs, NUL characters and operations other than
 * queries, document limits refused before validation, the request deadline, the concurrency cap,
 * the row budget, the response size limit, and GraphiQL/introspection switches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { DOCUMENT_LIMITS } from '../../src/graphql/documentLimits';
import { seededDatabase } from '../support/database';
import { eventually } from '../support/process';
import { ENGLISH, startServer, type TestServer } from '../support/server';

let db: Database;
let server: TestServer;
const extra: TestServer[] = [];

beforeAll(async () => {
  db = await seededDatabase();
  server = await startServer(db, { production: true });
});

afterAll(async () => {
  for (const s of [server, ...extra]) await s?.close();
  await db?.close();
});

async function another(options: Parameters<typeof startServer>[1], database: Database = db): Promise<TestServer> {
  const s = await startServer(database, options);
  extra.push(s);
  return s;
}

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(s: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as Body };
}

/** `inner` with every client it reads through (Prisma, its readers, a request's readers) wrapped by `wrap`. */
function wrapped(inner: Database, wrap: <T extends object>(client: T) => T): Database {
  return {
    ...inner,
    prisma: wrap(inner.prisma),
    reader: wrap(inner.reader),
    primaryReader: wrap(inner.primaryReader),
    scoped: (signal) => {
      const reads = inner.scoped(signal);
      return { reader: wrap(reads.reader), primaryReader: wrap(reads.primaryReader) };
    },
  };
}

/** A database whose statements wait until `release()` — a request on it runs as long as the test wants. */
function stalled(inner: Database): { db: Database; release: () => void; started: Promise<void> } {
  let release!: () => void;
  let started!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const first = new Promise<void>((r) => (started = r));
  // The API reads through the request's readers (src/db/reader.ts), Prisma for the rest: all wait.
  const stall = <T extends object>(client: T): T =>
    new Proxy(client, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== '$queryRaw' || typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          started();
          await gate;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return { db: wrapped(inner, stall), release, started: first };
}

/** A database whose statements fail with an error no resolver foresees, naming a library file. */
function failing(inner: Database): Database {
  const explode = <T extends object>(client: T): T =>
    new Proxy(client, {
      get(target, property, receiver) {
        if (property === '$queryRaw') return async () => Promise.reject(new Error('driver exploded in /srv/lib/driver.js'));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  return wrapped(inner, explode);
}

describe('production defaults', () => {
  it('NODE_ENV defaults to production; only an explicit development shows detail', () => {
    expect(readConfig({}).NODE_ENV).toBe('production');
    expect(readConfig({ NODE_ENV: 'development' }).NODE_ENV).toBe('development');
  });

  it('sends security headers and no X-Powered-By', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves GraphiQL without inline scripts (the CSP allows only its own)', async () => {
    const page = await (await fetch(`${server.url}/graphiql`)).text();
    const scripts = [...page.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.every((attributes) => /src="\/[^"]+"/.test(attributes) || /type="application\/json"/.test(attributes))).toBe(true);
    const boot = await fetch(`${server.url}/graphiql/boot.js`);
    expect(boot.headers.get('content-type')).toMatch(/javascript/);
    expect(await boot.text()).toContain('graphiql-tabs');
  });

  it('answers unknown paths, bad JSON and oversized bodies with JSON errors', async () => {
    const missing = await fetch(`${server.url}/nowhere`, { headers: ENGLISH });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/json/);
    expect(await missing.json()).toEqual({ errors: [{ message: 'Not found: GET /nowhere', extensions: { code: 'NOT_FOUND' } }] });
    const missingInChinese = await fetch(`${server.url}/nowhere`);
    expect(missingInChinese.headers.get('content-language')).toBe('zh');
    // Files that are the same in every language say none.
    const asset = await fetch(`${server.url}/vendor/graphiql.css`, { headers: ENGLISH });
    expect(asset.headers.get('content-language')).toBeNull();
    expect(await missingInChinese.json()).toEqual({ errors: [{ message: '未找到：GET /nowhere', extensions: { code: 'NOT_FOUND' } }] });

    const bad = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Body).errors![0]!.extensions!.code).toBe('BAD_REQUEST');

    const large = await post(server, { query: '{ __typename }', variables: { pad: 'x'.repeat(400_000) } });
    expect(large.response.status).toBe(413);
    expect(large.body.errors![0]!.extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('hides the cause of an unexpected error in production, shows it in development', async () => {
    const production = await another({ production: true }, failing(db));
    const development = await another({ production: false }, failing(db));
    const query = { query: '{ regions(level: CITY) { code } }' };
    const hidden = await post(production, query, ENGLISH);
    expect(hidden.body.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const hiddenInChinese = await post(production, query);
    expect(hiddenInChinese.body.errors).toEqual([{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(hidden.body)).not.toMatch(/driver|stacktrace|\/srv/);
    const shown = await post(development, query);
    expect(JSON.stringify(shown.body)).toContain('stacktrace');
    expect(JSON.stringify(shown.body)).toContain('driver exploded');
  });
});

describe('CORS', () => {
  it('allows listed origins only; none by default', async () => {
    const listed = await another({ http: { corsOrigins: ['https://analysts.example.org'] } });
    const query = { query: '{ __typename }' };
    const allowed = await post(listed, query, { origin: 'https://analysts.example.org' });
    expect(allowed.response.headers.get('access-control-allow-origin')).toBe('https://analysts.example.org');
    const denied = await post(listed, query, { origin: 'https://evil.example.com' });
    expect(denied.response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${listed.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://analysts.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const byDefault = await post(server, query, { origin: 'https://analysts.example.org' });
    expect(byDefault.response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rejects a malformed origin list in the configuration', () => {
    expect(() => readConfig({ JIXIAO_CORS_ORIGINS: 'https://ok.example.org, not-an-origin' })).toThrow(/JIXIAO_CORS_ORIGINS/);
    expect(readConfig({ JIXIAO_CORS_ORIGINS: 'https://a.example.org, http://b.example.org:8080' }).JIXIAO_CORS_ORIGINS).toEqual([
      'https://a.example.org',
      'http://b.example.org:8080',
    ]);
  });
});

describe('rate limit', () => {
  it('answers 429 with a JSON error past the limit, per API key or address', async () => {
    const limited = await another({ http: { rateLimitPerMinute: 3 } });
    const query = { query: '{ __typename }' };
    for (let i = 0; i < 3; i++) expect((await post(limited, query)).response.status).toBe(200);
    const refused = await post(limited, query);
    expect(refused.response.status).toBe(429);
    expect(refused.body.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(refused.response.headers.get('retry-after')).not.toBeNull();
    // Another key has its own allowance.
    expect((await post(limited, query, { 'x-api-key': 'analyst-2' })).response.status).toBe(200);
  });
});

describe('bad input', () => {
  const node = (id: string) => post(server, { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } }, ENGLISH);

  it('a malformed Relay global ID is BAD_USER_INPUT', async () => {
    const ids = [
      'bm9wZQ==',
      'not base64!',
      '',
      Buffer.from('Nope:1').toString('base64'),
      Buffer.from('SourceDocument:1e99').toString('base64'),
    ];
    for (const id of ids) {
      const { body } = await node(id);
      expect(body.errors![0]!.extensions!.code, id).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.message, id).toMatch(/^Invalid ID/);
    }
    const nodes = await post(server, { query: '{ nodes(ids: ["xx"]) { id } }' });
    expect(nodes.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('NUL characters in arguments are BAD_USER_INPUT, in variables or written as escapes', async () => {
    const inVariables = await post(server, {
      query: 'query($q: String!) { indicatorComparison(regionCodes: ["420200"], year: 2021, query: $q) { rows { value } } }',
      variables: { q: '就业\u0000' },
    });
    const inText = await post(server, {
      query: '{ indicatorComparison(regionCodes: ["420200"], year: 2021, query: "就业\\u0000") { rows { value } } }',
    });
    for (const { response, body } of [inVariables, inText]) {
      expect(response.status).toBe(400);
      expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('subscriptions and mutations (over GET too) are BAD_USER_INPUT', async () => {
    const subscription = await post(server, { query: 'subscription { regions { code } }' });
    expect([subscription.response.status, subscription.body.errors![0]!.extensions!.code]).toEqual([400, 'BAD_USER_INPUT']);
    const mutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { x }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const body = (await mutation.json()) as Body;
    expect([mutation.status, body.errors![0]!.extensions!.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(body.errors![0]!.message).toContain('GET');
  });
});

describe('document limits, before validation', () => {
  it('refuses 3,000 repeated fields without running a statement', async () => {
    const before = db.statementCount();
    const { response, body } = await post(server, { query: `{ ${'fiscalYears '.repeat(3_000)}}` });
    expect(response.status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(db.statementCount()).toBe(before);
  });

  it('refuses a field repeated in one selection, and too many aliases', async () => {
    const repeated = await post(server, { query: `{ ${'fiscalYears '.repeat(DOCUMENT_LIMITS.maxRepeats + 1)}}` }, ENGLISH);
    expect(repeated.body.errors![0]!.message).toMatch(/repeats the field "fiscalYears"/);
    const aliases = Array.from({ length: DOCUMENT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: fiscalYears`).join(' ');
    const aliased = await post(server, { query: `{ ${aliases} }` }, ENGLISH);
    expect(aliased.body.errors![0]!.message).toMatch(/aliases/);
    expect(aliased.response.status).toBe(400);
  });
});

describe('while it runs', () => {
  it('answers 503 REQUEST_TIMEOUT at the deadline, whatever the database is doing', async () => {
    const slow = stalled(db);
    const limited = await another({ http: { requestTimeoutMs: 200 } }, slow.db);
    const { response, body } = await post(limited, { query: '{ regions(level: CITY) { code } }' }, ENGLISH);
    slow.release();
    expect(response.status).toBe(503);
    expect(body).toEqual({ errors: [{ message: expect.stringContaining('200 ms'), extensions: { code: 'REQUEST_TIMEOUT' } }] });
  });

  it('answers 503 SERVER_BUSY when every slot is taken and the wait is over', async () => {
    const slow = stalled(db);
    const limited = await another({ http: { maxConcurrent: 1, queueWaitMs: 50 } }, slow.db);
    const first = post(limited, { query: '{ regions(level: CITY) { code } }' });
    await slow.started;
    const second = await post(limited, { query: '{ regions(level: CITY) { code } }' });
    expect(second.response.status).toBe(503);
    expect(second.body.errors![0]!.extensions!.code).toBe('SERVER_BUSY');
    slow.release();
    expect((await first).response.status).toBe(200);
  });

  it('abandons a request whose client went away: its statements are cancelled', async () => {
    const slow = stalled(db);
    let signal: AbortSignal | undefined;
    const watched: Database = {
      ...slow.db,
      scoped: (s) => {
        signal = s;
        return slow.db.scoped(s);
      },
    };
    const watching = await another({}, watched);
    const client = new AbortController();
    const request = fetch(`${watching.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(level: CITY) { code } }' }),
      signal: client.signal,
    }).catch(() => 'gone');
    await slow.started;
    expect(signal?.aborted).toBe(false);
    client.abort();
    expect(await request).toBe('gone');
    await eventually('the request abandoned', async () => (signal?.aborted ? true : undefined));
    slow.release();
  });

  it('stops an operation that loads more rows than its budget (422)', async () => {
    const limited = await another({ http: { maxRows: 5 } });
    const { response, body } = await post(limited, { query: '{ regions(level: COUNTY, includeEmpty: true) { code } }' });
    expect(response.status).toBe(422);
    expect(body.errors![0]!.extensions!.code).toBe('RESULT_TOO_LARGE');
  });

  it('refuses a response larger than the limit (422)', async () => {
    const limited = await another({ http: { maxResponseBytes: 200 } });
    const { response, body } = await post(limited, { query: '{ regions(level: COUNTY, includeEmpty: true) { code name } }' });
    expect(response.status).toBe(422);
    expect(body.errors![0]!.extensions!.code).toBe('RESULT_TOO_LARGE');
  });
});

describe('tools', () => {
  it('GraphiQL and introspection can be turned off', async () => {
    const closed = await another({ http: { graphiql: false, introspection: false } });
    expect((await fetch(`${closed.url}/graphiql`)).status).toBe(404);
    const { body } = await post(closed, { query: '{ __schema { types { name } } }' });
    expect(body.errors![0]!.message).toMatch(/introspection/i);
    const open = await post(server, { query: '{ __schema { queryType { name } } }' });
    expect(open.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
