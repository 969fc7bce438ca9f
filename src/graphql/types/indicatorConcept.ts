import type { ConceptRow } from '../../db/queries/concept';
import { builder } from '../builder';

export const IndicatorConceptRef = builder.objectRef<ConceptRow>('IndicatorConcept');

IndicatorConceptRef.implement({
  description:
    '指标概念: a catalog concept reported indicators are matched to (by synonym, never guessed) so it can be compared across regions.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. urban_new_employment.' }),
    name: t.exposeString('name', { description: 'Canonical name, e.g. 城镇新增就业人数.' }),
    unit: t.exposeString('unit', { description: 'Base unit values are expressed in: 人 (persons), 元, 次, or rate (fraction).' }),
    aggregation: t.exposeString('aggregation', { description: 'ABSOLUTE (summed across entities) or RATE (averaged weighted by funds).' }),
    synonyms: t.exposeStringList('synonyms', { description: 'Names that match it.' }),
  }),
});
