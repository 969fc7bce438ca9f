/** searchRegions and searchOrganizations over HTTP: a part of a name finds the region or unit, those with data first; bad input is refused. */
import { bumpDataVersion, READ_DATA_VERSION } from '../../src/db/dataVersion';
import { describe, expect, it, vi } from 'vitest';
import { ensureReferenceData } from '../../src/db/referenceData';
import { pinyinKeys } from '../../src/domain/pinyin';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await env.server.post({ query, variables });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
}

/**
 * Waits until the server's data version is the database's. These writes go around the server, as
 * another process's would: on PostgreSQL the server learns of them when the notification arrives
 * (src/db/listenedVersion.ts), not at once.
 */
async function versionSeen() {
  const [row] = await env.db.prisma.$queryRawUnsafe<{ version: string }[]>(READ_DATA_VERSION);
  const version = row!.version;
  await vi.waitFor(async () => expect(await env.db.dataVersion()).toBe(version), { timeout: 60_000, interval: 20 });
}

describe('search', () => {
  it('finds a region by a part of its name, those with data first', async () => {
    const body = await post('{ searchRegions(query: "黄石") { code name level } }');
    expect(body.errors).toBeUndefined();
    const found = body.data!.searchRegions as { code: string; name: string }[];
    expect(found[0]).toEqual({ code: '420200', name: '黄石市', level: 'CITY' });
    expect(found.every((r) => r.name.includes('黄石'))).toBe(true);
    // 湖北省 has data beneath it; any other region named 湖北… comes after it.
    const hubei = (await post('{ searchRegions(query: "湖北", first: 3) { code } }')).data!.searchRegions as { code: string }[];
    expect(hubei[0]!.code).toBe('420000');
    expect(hubei.length).toBeLessThanOrEqual(3);
    const county = (await post('{ searchRegions(query: "通城") { code } }')).data!.searchRegions as { code: string }[];
    expect(county.map((r) => r.code)).toContain('421222');
  });

  it('finds an organization by a part of its name', async () => {
    const body = await post('{ searchOrganizations(query: "劳动保障监察") { name region { code } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.searchOrganizations).toContainEqual({ name: '黄石市劳动保障监察支队', region: { code: '420200' } });
    const none = await post('{ searchOrganizations(query: "不存在的单位名称") { name } }');
    expect(none.data!.searchOrganizations).toEqual([]);
  });

  it('finds a region by its pinyin or its initials, those with data first', async () => {
    const first = async (query: string) =>
      (
        (await post('query ($q: String!) { searchRegions(query: $q) { code name } }', { q: query })).data!.searchRegions as {
          code: string;
          name: string;
        }[]
      )[0];
    expect(await first('hs')).toEqual({ code: '420200', name: '黄石市' });
    expect(await first('shiyan')).toEqual({ code: '420300', name: '十堰市' });
    expect(await first('HuangShi')).toEqual({ code: '420200', name: '黄石市' });
    expect(await first('huang shi shi')).toEqual({ code: '420200', name: '黄石市' });
    expect(await first('tongcheng')).toEqual({ code: '421222', name: '通城县' });
    // Initials match from their start only: "ss" is not 黄石市 (hss), though it is inside it.
    const ss = (await post('{ searchRegions(query: "ss", first: 50) { name } }')).data!.searchRegions as { name: string }[];
    expect(ss.length).toBeGreaterThan(0);
  });

  it('ranks the exact name, then a name that begins with the text, then initials, then the text anywhere', async () => {
    const found = async (query: string, first = 50) =>
      (
        (await post('query ($q: String!, $n: Int) { searchRegions(query: $q, first: $n) { name } }', { q: query, n: first })).data!
          .searchRegions as { name: string }[]
      ).map((r) => r.name);
    // 黄石市 exactly, before the names that begin with it or hold it.
    expect((await found('黄石市'))[0]).toBe('黄石市');
    // Names beginning with 石 (石首市 …) before those holding it further in; among these, 黄石市 (with data) first.
    const stone = await found('石');
    const firstInside = stone.findIndex((n) => !n.startsWith('石'));
    expect(firstInside).toBeGreaterThan(0);
    expect(stone.slice(firstInside).every((n) => !n.startsWith('石') && n.includes('石'))).toBe(true);
    expect(stone[firstInside]).toBe('黄石市');
    // hss: 黄石市's initials exactly, before names whose initials merely begin with hss.
    expect((await found('hss', 5))[0]).toBe('黄石市');
    // In every answer the kinds of match come in that order (the rank computed here from the keys).
    const rank = (name: string, q: string) => {
      const k = pinyinKeys(name);
      if (name === q || k.pinyin === q || k.initials === q) return 0;
      if (name.startsWith(q) || k.pinyin.startsWith(q)) return 1;
      if (k.initials.startsWith(q)) return 2;
      return 3;
    };
    for (const q of ['hu', 'hb', 'xian', 'hs', '石']) {
      const ranks = (await found(q)).map((n) => rank(n, q));
      expect(ranks.length, q).toBeGreaterThan(0);
      expect(ranks, q).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('finds an organization by the initials or pinyin of its name', async () => {
    const body = await post('{ searchOrganizations(query: "hssldbzjczd") { name } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.searchOrganizations).toEqual([{ name: '黄石市劳动保障监察支队' }]);
    const byPinyin = await post('{ searchOrganizations(query: "laodongbaozhang", first: 50) { name } }');
    expect((byPinyin.data!.searchOrganizations as { name: string }[]).map((o) => o.name)).toContain('黄石市劳动保障监察支队');
  });

  it('gives regions and organizations without pinyin keys theirs at the next start (reference data)', async () => {
    const find = async () =>
      (await post('{ searchOrganizations(query: "hssldbzjczd") { name } }')).data!.searchOrganizations as { name: string }[];
    await env.db.prisma.$executeRaw`UPDATE organization SET pinyin = '', initials = ''`;
    await env.db.prisma.$executeRaw`UPDATE region SET pinyin = '', initials = '' WHERE code = '420200'`;
    // A writer moves the data version, or cached answers stay (src/db/dataVersion.ts).
    await bumpDataVersion(env.db.prisma);
    await versionSeen();
    expect(await find()).toEqual([]);
    await ensureReferenceData(env.db.prisma);
    await versionSeen();
    expect(await find()).toEqual([{ name: '黄石市劳动保障监察支队' }]);
    expect((await post('{ searchRegions(query: "hss", first: 1) { code } }')).data!.searchRegions).toEqual([{ code: '420200' }]);
  });

  it('costs one statement, by name or by pinyin', async () => {
    for (const query of [
      '{ searchRegions(query: "黄石") { code } }',
      '{ searchRegions(query: "hs") { code } }',
      '{ searchOrganizations(query: "hs") { id } }',
    ]) {
      const before = env.db.statementCount();
      expect((await post(query)).errors, query).toBeUndefined();
      expect(env.db.statementCount() - before, query).toBe(1);
    }
  });

  it('refuses an empty query and an oversized page', async () => {
    for (const query of ['{ searchRegions(query: "  ") { code } }', '{ searchRegions(query: "黄石", first: 500) { code } }']) {
      const body = await post(query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});
