/**
 * Hostile and mistaken queries get a clear error, never a crash or a silent zero: depth,
 * complexity and page-size limits, malformed and unknown codes, impossible years, bad cursors;
 * no stack traces in production mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { QUERY_LIMITS } from '../../src/graphql/builder';
import {
  DeepRegionDocument,
  ProjectNodeDocument,
  RankingDocument,
  RegionByCodeDocument,
  RegionProjectsDocument,
  WideProjectsDocument,
} from '../generated/operations';
import { seededDatabase } from '../support/database';
import { ENGLISH, startServer, type TestServer } from '../support/server';

let db: Database;
let server: TestServer;
let production: TestServer;

beforeAll(async () => {
  db = await seededDatabase();
  server = await startServer(db);
  production = await startServer(db, { production: true });
});

afterAll(async () => {
  await server?.close();
  await production?.close();
  await db?.close();
});

describe('limits', () => {
  it('refuses a query deeper than the limit before running it', async () => {
    const before = db.statementCount();
    const { data, errors } = await server.query(DeepRegionDocument, { code: '421222' }, ENGLISH);
    expect(data ?? null).toBeNull();
    expect(errors![0]!.message).toMatch(new RegExp(`Query too deep: depth \\d+ exceeds the limit of ${QUERY_LIMITS.depth}`));
    expect(errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(db.statementCount()).toBe(before);
  });

  it('refuses a query whose lists multiply beyond the complexity limit', async () => {
    const { errors } = await server.query(WideProjectsDocument, { code: '420000', year: 2021, first: 100 }, ENGLISH);
    expect(errors![0]!.message).toMatch(/Query too complex: complexity \d+ exceeds the limit/);
  });

  it('allows the same query with small pages', async () => {
    const { errors, data } = await server.query(WideProjectsDocument, { code: '420000', year: 2021, first: 2 });
    expect(errors).toBeUndefined();
    expect(data!.region!.children.length).toBeGreaterThan(0);
  });

  it('refuses a page larger than 100', async () => {
    const { errors } = await server.query(RegionProjectsDocument, { code: '420200', year: 2021, first: 1000 }, ENGLISH);
    expect(errors![0]!.message).toContain('Invalid page size 1000');
  });

  it('refuses a cursor it did not issue', async () => {
    const { errors } = await server.query(RegionProjectsDocument, { code: '420200', year: 2021, first: 5, after: 'not-a-cursor' }, ENGLISH);
    expect(errors![0]!.message).toContain('Invalid cursor "not-a-cursor"');
  });

  it('refuses an oversized request body', async () => {
    const response = await server.post({ query: `{ __typename }`, variables: { pad: 'x'.repeat(400_000) } });
    expect(response.status).toBe(413);
  });
});

describe('codes and years', () => {
  it('a malformed region code is an error that says what a code looks like', async () => {
    const { errors } = await server.query(RegionByCodeDocument, { code: '黄石' }, ENGLISH);
    expect(errors![0]!.message).toBe('Invalid region code "黄石": a six-digit GB/T 2260 code such as "420200" is expected.');
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('says so in Chinese unless English is asked for, with the same code', async () => {
    const response = await server.post({ query: 'query ($code: String!) { region(code: $code) { code } }', variables: { code: '黄石' } });
    expect(response.headers.get('content-language')).toBe('zh');
    expect(response.headers.get('vary')).toMatch(/accept-language/i);
    const { errors } = (await response.json()) as { errors: { message: string; extensions: { code: string; argument: string } }[] };
    expect(errors[0]!.message).toBe('地区代码“黄石”无效：应为六位 GB/T 2260 代码，例如“420200”。');
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
    const wrongYear = await server.query(RankingDocument, { year: 1700 });
    expect(wrongYear.errors![0]!.message).toBe('年度 1700 无效：应为 1990 至 2100 之间的财政年度。');
    // The limits too, refused before anything runs.
    const deep = await server.query(DeepRegionDocument, { code: '421222' });
    expect(deep.errors![0]!.message).toMatch(new RegExp(`^查询层级过深：深度 \\d+ 超过上限 ${QUERY_LIMITS.depth}。$`));
    expect(deep.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // ?lang=en wins over the header; a browser's list is read by its q-values.
    const byParam = await fetch(`${server.url}/graphql?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: '{ region(code: "x") { code } }' }),
    });
    expect(byParam.headers.get('content-language')).toBe('en');
    expect(((await byParam.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^Invalid region code "x"/);
    const preferred = await server.query(RegionByCodeDocument, { code: 'x' }, { 'accept-language': 'fr-FR, en;q=0.5, zh;q=0.4' });
    expect(preferred.errors![0]!.message).toMatch(/^Invalid region code/);
  });

  it("graphql-js's own messages are Chinese by default, its English untouched on request; unknown ones stay English", async () => {
    const cases: { body: { query: string; variables?: unknown }; zh: string; en: string }[] = [
      {
        body: { query: '{ region(code: "420200") { zzzzzz } }' },
        zh: '类型 "Region" 上没有可查询的字段 "zzzzzz"。',
        en: 'Cannot query field "zzzzzz" on type "Region".',
      },
      {
        body: { query: '{ region(code: "420200") {' },
        zh: '语法错误：应为 Name，收到 <EOF>。',
        en: 'Syntax Error: Expected Name, found <EOF>.',
      },
      {
        body: { query: 'query ($code: String!) { region(code: $code) { code } }' },
        zh: '没有提供必需的变量 "$code"（类型 "String!"）。',
        en: 'Variable "$code" of required type "String!" was not provided.',
      },
      {
        body: { query: 'query ($code: String!) { region(code: $code) { code } }', variables: { code: 5 } },
        zh: '变量 "$code" 的值 5 无效：String 不能表示非字符串值：5',
        en: 'Variable "$code" got invalid value 5; String cannot represent a non string value: 5',
      },
      {
        body: { query: '{ region(code: "420200", zzzzzz: 1) { code } }' },
        zh: '字段 "Query.region" 没有参数 "zzzzzz"。',
        en: 'Unknown argument "zzzzzz" on field "Query.region".',
      },
      {
        body: { query: '{ region { code } }' },
        zh: '字段 "region" 的参数 "code"（类型 "String!"）是必需的，但没有提供。',
        en: 'Field "region" argument "code" of type "String!" is required, but it was not provided.',
      },
      { body: { query: '{ ...Zzzzzz }' }, zh: '未知的片段 "Zzzzzz"。', en: 'Unknown fragment "Zzzzzz".' },
    ];
    for (const { body, zh, en } of cases) {
      const chinese = (await (await server.post(body)).json()) as { errors: { message: string; extensions: { code: string } }[] };
      const english = (await (await server.post(body, ENGLISH)).json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(chinese.errors[0]!.message, body.query).toBe(zh);
      expect(english.errors[0]!.message, body.query).toBe(en);
      expect(chinese.errors[0]!.extensions.code).toBe(english.errors[0]!.extensions.code);
    }
    // ?lang=en too; and a suggestion keeps the names as graphql-js wrote them.
    const suggested = await fetch(`${server.url}/graphql?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "420200") { nam } }' }),
    });
    expect(((await suggested.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'Cannot query field "nam" on type "Region". Did you mean "name"?',
    );
    const suggestedZh = (await (await server.post({ query: '{ region(code: "420200") { nam } }' })).json()) as {
      errors: { message: string }[];
    };
    expect(suggestedZh.errors[0]!.message).toBe('类型 "Region" 上没有可查询的字段 "nam"。是否想用 "name"？');
    // A message the catalogue does not know is graphql-js's, in every language.
    const notKnown = (await (await server.post({ query: '{ __typename @skip(if: false) @skip(if: true) }' })).json()) as {
      errors: { message: string }[];
    };
    expect(notKnown.errors[0]!.message).toBe('The directive "@skip" can only be used once at this location.');
  });

  it('a six-digit code that is no region is an error naming it', async () => {
    const { errors } = await server.query(RegionByCodeDocument, { code: '999999' }, ENGLISH);
    expect(errors![0]!.message).toBe('Unknown region code "999999": not a GB/T 2260 administrative division.');
  });

  it('a real region without data is found, with empty results', async () => {
    const { data } = await server.query(RegionByCodeDocument, { code: '420500' });
    expect(data!.region).toEqual({ code: '420500', name: '宜昌市' });
  });

  it('an impossible year is an error; a year without data ranks nothing', async () => {
    const wrong = await server.query(RankingDocument, { year: 1700 }, ENGLISH);
    expect(wrong.errors![0]!.message).toContain('Invalid year 1700');
    const empty = await server.query(RankingDocument, { year: 2005 });
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.regionRanking.every((r) => r.rank === null && r.value === null)).toBe(true);
  });

  it('ranks cities by execution rate, highest first, nulls last without a rank', async () => {
    const { data } = await server.query(RankingDocument, { year: 2021 });
    const ranked = data!.regionRanking;
    // 2021 project tables: 黄石市 (000) and 新乡市 through 新乡县 (001); 十堰市 and 咸宁市 have none.
    const valued = ranked.filter((r) => r.value !== null);
    expect(valued.map((r) => r.region.code).sort()).toEqual(['410700', '420200']);
    expect(valued.map((r) => r.rank)).toEqual([1, 2]);
    expect(valued[0]!.value!).toBeGreaterThanOrEqual(valued[1]!.value!);
    expect(valued.find((r) => r.region.code === '420200')!.value).toBeCloseTo(1084.15 / 1523.6, 6);
    expect(ranked.slice(valued.length).every((r) => r.rank === null)).toBe(true);
  });
});

describe('errors in production mode', () => {
  it('carry no stack trace', async () => {
    const { errors } = await production.query(RegionByCodeDocument, { code: 'x' }, ENGLISH);
    expect(errors![0]!.message).toContain('Invalid region code');
    expect(JSON.stringify(errors)).not.toContain('stacktrace');
  });

  it('a malformed global ID is a clear error', async () => {
    const { errors } = await production.query(ProjectNodeDocument, { id: 'bm9wZQ==' });
    expect(errors).toBeDefined();
    expect(JSON.stringify(errors)).not.toContain('stacktrace');
  });
});

describe('every figure traces to its source', () => {
  it('a project node gives its document and lines as written', async () => {
    const page = await server.query(RegionProjectsDocument, { code: '420200', year: 2021, first: 1 });
    const id = page.data!.region!.projects.edges[0]!.node.id;
    const { data } = await server.query(ProjectNodeDocument, { id });
    const node = data!.node as {
      name: string;
      source: { lineStart: number; lineEnd: number; text: string; document: { fileName: string } };
    };
    expect(node.source.document.fileName).toMatch(/^000_/);
    expect(node.source.text).toContain(node.name);
    expect(node.source.text.split('\n').length).toBe(node.source.lineEnd - node.source.lineStart + 1);
  });
});
