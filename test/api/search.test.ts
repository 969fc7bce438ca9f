/** searchRegions and searchOrganizations over HTTP: a part of a name finds the region or unit, those with data first; bad input is refused. */
import { describe, expect, it } from 'vitest';
import { useSeededServer } from '../support/server';

const env = useSeededServer();

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await env.server.post({ query, variables });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
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

  it('refuses an empty query and an oversized page', async () => {
    for (const query of ['{ searchRegions(query: "  ") { code } }', '{ searchRegions(query: "黄石", first: 500) { code } }']) {
      const body = await post(query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});
