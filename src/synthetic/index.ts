/**
 * A deterministic synthetic province for load and scale tests: real GB/T 2260 cities and counties of
 * 河南省 (410000), departments and sub-units, and one self-evaluation document per organization in
 * the tab-separated layout of the Henan seed — or, with `template`, in the layout of any template
 * of src/templates/definitions/ (./templated.ts). The same scale and seed give the same bytes.
 *
 * The fiscal year defaults to 2022 (the seeds are 2021 and 2023), and 新乡县 (a seed's county) is
 * left out, so synthetic records never mix with the real ones.
 */
import { organizationDocument, type GeneratedDocument } from './documents';
import {
  chooseOrganizations,
  chooseRegions,
  planScale,
  type ScalePlan,
  type SyntheticOrganization,
  type SyntheticRegion,
} from './province';
import { Random } from './random';
import { generates, templatedDocument } from './templated';
import { TEMPLATES } from '../templates';

export { ERROR_RATES, type GeneratedDocument } from './documents';
export { publish, PUBLISHED_FORMATS, type PublishedFormat } from './published';
export { templatedDocument, type TemplatedDocument, type WrittenRecord } from './templated';
export { planScale, PROVINCE_CODE, SCALE_ONE, type ScalePlan, type SyntheticOrganization, type SyntheticRegion } from './province';

export const DEFAULT_YEAR = 2022;

export interface SyntheticOptions {
  scale: number;
  seed: number;
  year?: number;
  /** A template id (src/templates/definitions/): every document in that template's layout instead of the Henan seed's. */
  template?: string;
}

export interface SyntheticProvince {
  plan: ScalePlan;
  year: number;
  seed: number;
  regions: SyntheticRegion[];
  organizations: SyntheticOrganization[];
  /** The organization's document; each depends only on (seed, organization), so any subset can be generated alone. */
  document(org: SyntheticOrganization): GeneratedDocument;
  /** Every document, in organization order. */
  documents(): Generator<GeneratedDocument>;
}

export function syntheticProvince(options: SyntheticOptions): SyntheticProvince {
  const year = options.year ?? DEFAULT_YEAR;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`year must be a fiscal year, got ${year}`);
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be an integer, got ${options.seed}`);
  const plan = planScale(options.scale);
  const root = new Random(options.seed);
  const regions = chooseRegions(plan);
  const organizations = chooseOrganizations(plan, regions, root.fork('organizations'));
  const written = TEMPLATES.filter(generates);
  const template = options.template === undefined ? null : written.find((t) => t.id === options.template);
  if (template === undefined) throw new Error(`unknown template ${options.template}: one of ${written.map((t) => t.id).join(', ')}`);
  const document = (org: SyntheticOrganization) =>
    template
      ? templatedDocument(root.fork(`document:${org.index}`), template, org, year)
      : organizationDocument(root.fork(`document:${org.index}`), org, year);
  return {
    plan,
    year,
    seed: options.seed,
    regions,
    organizations,
    document,
    *documents() {
      for (const org of organizations) yield document(org);
    },
  };
}
