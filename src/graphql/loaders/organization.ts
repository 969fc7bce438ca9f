/** Organizations (主管部门 and 下属单位): by id, in a region, with projects in a year, their sub-units. */
import { organizationChildren, organizationsByIds, organizationsInRegions, organizationsWithProjects } from '../../db/queries/organization';
import type { Batcher } from './batch';

export function organizationLoaders(b: Batcher) {
  return {
    organization: b.byIds(organizationsByIds, (r) => r.id),
    organizationsInRegion: b.listsOf(organizationsInRegions, (r) => r.regionCode),
    organizationsWithProjects: b.regionYearLists(organizationsWithProjects),
    organizationChildren: b.listsOf(organizationChildren, (r) => r.parentId),
  };
}
