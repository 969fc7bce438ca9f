/** Project evaluations (项目支出绩效自评): by id, and pages of them per region, organization or overall. */
import { projectPages, projectsByIds, type ProjectPage, type ProjectPageRequest } from '../../db/queries/project';
import { batchByGroup, byId, type Batcher } from './batch';

export interface PageKey<T> {
  id: T;
  request: ProjectPageRequest;
}

/** Pages of one request shape are one statement for all their scopes. */
function pages(b: Batcher, kind: 'region' | 'organization' | 'all') {
  return b.loader<PageKey<string>, ProjectPage>(
    (keys) =>
      batchByGroup(
        keys,
        (k) => JSON.stringify(k.request),
        async (group) => {
          const request = group[0]!.request;
          const scope =
            kind === 'region'
              ? { kind, codes: group.map((k) => k.id) }
              : kind === 'organization'
                ? { kind, ids: group.map((k) => Number(k.id)) }
                : { kind };
          const found = byId(await projectPages(b.reader, scope, request), (p) => p.key);
          return new Map(group.map((k) => [k, found.get(k.id) ?? { key: k.id, rows: [], totalCount: 0, hasNextPage: false }]));
        },
      ),
    (k) => `${k.id}|${JSON.stringify(k.request)}`,
  );
}

export function projectLoaders(b: Batcher) {
  return {
    project: b.byIds(projectsByIds, (r) => r.id),
    regionProjects: pages(b, 'region'),
    organizationProjects: pages(b, 'organization'),
    allProjects: pages(b, 'all'),
  };
}
