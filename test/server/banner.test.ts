/**
 * The start banner (src/logger.ts startBanner, printed by src/server.ts on a terminal): the
 * addresses a person opens, in the command's language — Chinese by default.
 */
import { expect, it } from 'vitest';
import { cliLanguage } from '../../src/i18n/language';
import { startBanner } from '../../src/logger';

const BASE = 'http://127.0.0.1:4000';

it('is Chinese by default, its labels aligned in columns', () => {
  const banner = startBanner(BASE, 'pglite, data/pglite', cliLanguage(undefined, { LANG: 'C.UTF-8' }));
  expect(banner.split('\n')).toEqual([
    'Jixiao 绩效正在服务（pglite, data/pglite）：',
    `  仪表板    ${BASE}/dashboard/`,
    `  GraphiQL  ${BASE}/graphiql`,
    `  API       ${BASE}/graphql (POST)`,
    `  导出      ${BASE}/api/export/projects?year=…&format=csv|xlsx`,
    `  健康检查  ${BASE}/health`,
    '',
  ]);
});

it('is English when LANG asks for it', () => {
  const banner = startBanner(BASE, 'postgresql', cliLanguage(undefined, { LANG: 'en_US.UTF-8' }));
  expect(banner.split('\n')).toEqual([
    'Jixiao 绩效 is serving (postgresql):',
    `  dashboard  ${BASE}/dashboard/`,
    `  GraphiQL   ${BASE}/graphiql`,
    `  API        ${BASE}/graphql (POST)`,
    `  exports    ${BASE}/api/export/projects?year=…&format=csv|xlsx`,
    `  health     ${BASE}/health`,
    '',
  ]);
});
