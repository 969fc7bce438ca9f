/**
 * The object refs (and the one enum) that several GraphQL type files use, declared in one module
 * with the shapes they serve: each type file implements its own ref (`builder.node` /
 * `builder.objectType`) and imports the others from here, and this module imports no type file, so
 * that no type file imports another in a circle, not even for a type (test/source/imports.test.ts).
 */
import type { DepartmentEvaluationRow } from '../db/queries/department';
import type { DiscrepancyRow } from '../db/queries/discrepancy';
import type { DocumentRow } from '../db/rows/sourceDocument';
import type { OrganizationRow } from '../db/queries/organization';
import type { ProjectRow } from '../db/queries/project';
import type { RegionRow } from '../db/queries/region';
import type { SummaryTableRow } from '../db/queries/summary';
import type { LeftOutTable } from '../evaluation/partial';
import { builder } from './builder';

/** Where in which source document a record was read. */
export interface SourceShape {
  documentId: number;
  lineStart: number;
  lineEnd: number;
}

/** A left-out table as served: the stored reading and the document it belongs to. */
export interface LeftOutTableShape extends LeftOutTable {
  documentId: number;
}

export const RegionLevelEnum = builder.enumType('RegionLevel', {
  description: '行政级别: administrative level of a region.',
  values: {
    PROVINCE: { description: '省级 (province, e.g. 湖北省 420000)' },
    CITY: { description: '地市级 (city, e.g. 黄石市 420200)' },
    COUNTY: { description: '县级 (county or district, e.g. 通城县 421222)' },
  } as const,
});

export const RegionRef = builder.objectRef<RegionRow>('Region');

export const OrganizationRef = builder.objectRef<OrganizationRow>('Organization');

export const ProjectRef = builder.objectRef<ProjectRow>('ProjectEvaluation');

export const DepartmentEvaluationRef = builder.objectRef<DepartmentEvaluationRow>('DepartmentEvaluation');

export const DiscrepancyRef = builder.objectRef<DiscrepancyRow>('Discrepancy');

export const SummaryTableRef = builder.objectRef<SummaryTableRow>('SummaryTable');

export const SourceRef = builder.objectRef<SourceShape>('SourceReference');

export const SourceDocumentRef = builder.objectRef<DocumentRow>('SourceDocument');

export const LeftOutTableRef = builder.objectRef<LeftOutTableShape>('LeftOutTable');
