/** The whole GraphQL schema: the builder plus one file per type, imported for their side effects. */
import { builder } from './builder';
import './types/grade';
import './types/rollup';
import './types/rollupChange';
import './types/source';
import './types/sourceDocument';
import './types/leftOutTable';
import './types/region';
import './types/organization';
import './types/project';
import './types/indicator';
import './types/indicatorConcept';
import './types/discrepancy';
import './types/departmentEvaluation';
import './types/departmentGoal';
import './types/summaryTable';
import './types/comparison';
import './types/auditEntry';
import './types/search';
import './types/query';

export const schema = builder.toSchema({ sortSchema: false });
