/**
 * The baseline: the same operations resolved the naive way — resolvers that each ask the ORM for
 * what they need, one query per parent (N+1) and no DataLoader, and rollups computed by loading
 * every project row of every region beneath into JavaScript and summing. This is what the service
 * would do without its batched loaders and SQL aggregates.
 */
import type { PrismaClient } from '../src/generated/prisma';
import type { BenchTargets, OperationKey } from './operations';

type Num = { toNumber(): number } | null;
const n = (d: Num): number | null => (d === null ? null : d.toNumber());

/** Regions beneath a code, walking the tree one parent at a time. */
async function descendants(prisma: PrismaClient, code: string): Promise<string[]> {
  const out = [code];
  const children = await prisma.region.findMany({ where: { parentCode: code }, select: { code: true } });
  for (const c of children) out.push(...(await descendants(prisma, c.code)));
  return out;
}

/** A region's rollup: every project row of every region beneath, loaded and summed in JS. */
async function rollup(prisma: PrismaClient, code: string, year: number) {
  const regions = await descendants(prisma, code);
  let count = 0;
  let budget = 0;
  let executed = 0;
  let rateBudget = 0;
  let rateExecuted = 0;
  let weighted = 0;
  let weightBudget = 0;
  let scoreSum = 0;
  let scored = 0;
  let discrepancies = 0;
  const grades: Record<string, number> = {};
  for (const regionCode of regions) {
    const projects = await prisma.projectEvaluation.findMany({ where: { regionCode, fiscalYear: year } });
    for (const p of projects) {
      count += 1;
      const b = n(p.budget);
      const e = n(p.executed);
      const s = n(p.totalScore);
      if (b !== null) budget += b;
      if (e !== null) executed += e;
      if (b !== null && b > 0 && e !== null) {
        rateBudget += b;
        rateExecuted += e;
      }
      if (s !== null) {
        scoreSum += s;
        scored += 1;
        if (b !== null && b > 0) {
          weighted += s * b;
          weightBudget += b;
        }
      }
      if (p.grade) grades[p.grade] = (grades[p.grade] ?? 0) + 1;
    }
    discrepancies += await prisma.discrepancy.count({ where: { regionCode, fiscalYear: year } });
  }
  return {
    code,
    projectCount: count,
    budget,
    executed,
    executionRate: rateBudget > 0 ? rateExecuted / rateBudget : null,
    weightedScore: weightBudget > 0 ? weighted / weightBudget : null,
    meanScore: scored > 0 ? scoreSum / scored : null,
    grades,
    discrepancyCount: discrepancies,
  };
}

/** One query per region: does a current document lie in or beneath it. */
async function hasData(prisma: PrismaClient, code: string): Promise<boolean> {
  const found = await prisma.sourceDocument.findFirst({
    where: { supersededById: null, region: { ancestors: { some: { ancestorCode: code } } } },
    select: { id: true },
  });
  return found !== null;
}

export async function runNaive(prisma: PrismaClient, key: OperationKey, t: BenchTargets): Promise<unknown> {
  switch (key) {
    case 'hierarchy': {
      const provinces = await prisma.region.findMany({ where: { level: 'PROVINCE' }, orderBy: { code: 'asc' } });
      const out = [];
      for (const p of provinces) {
        if (!(await hasData(prisma, p.code))) continue;
        const cities = [];
        for (const c of await prisma.region.findMany({ where: { parentCode: p.code }, orderBy: { code: 'asc' } })) {
          if (!(await hasData(prisma, c.code))) continue;
          const counties = [];
          for (const k of await prisma.region.findMany({ where: { parentCode: c.code }, orderBy: { code: 'asc' } }))
            if (await hasData(prisma, k.code)) counties.push(k);
          cities.push({ ...c, children: counties });
        }
        out.push({ ...p, children: cities });
      }
      return out;
    }
    case 'regionRollup':
      return rollup(prisma, t.province, t.year);
    case 'compareRegions': {
      const out = [];
      for (const code of t.cities) out.push(await rollup(prisma, code, t.year));
      return out;
    }
    case 'dashboard': {
      const province = await rollup(prisma, t.province, t.year);
      const rank = async (codes: string[]) => {
        const rows = [];
        for (const code of codes) rows.push(await rollup(prisma, code, t.year));
        return rows.sort((a, b) => (b.executionRate ?? -1) - (a.executionRate ?? -1));
      };
      const cityRanking = await rank(t.cities);
      const countyRanking = await rank(t.counties);
      const compare = [];
      for (const code of t.cities) compare.push(await rollup(prisma, code, t.year));
      return { province, cityRanking, countyRanking, compare };
    }
    case 'regionProjects': {
      const regions = await descendants(prisma, t.city);
      const where = { regionCode: { in: regions }, fiscalYear: t.year };
      const totalCount = await prisma.projectEvaluation.count({ where });
      const page = await prisma.projectEvaluation.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: 21 });
      const edges = [];
      for (const p of page.slice(0, 20)) {
        const organization = await prisma.organization.findUnique({ where: { id: p.organizationId } });
        const indicators = await prisma.indicator.findMany({ where: { projectId: p.id }, orderBy: { position: 'asc' } });
        const discrepancies = await prisma.discrepancy.findMany({ where: { projectId: p.id }, orderBy: { id: 'asc' } });
        edges.push({ ...p, organization: organization?.name, indicators, discrepancies });
      }
      return { totalCount, hasNextPage: page.length > 20, edges };
    }
    case 'departmentEvaluations': {
      const regions = await descendants(prisma, t.county);
      const evaluations = await prisma.departmentEvaluation.findMany({
        where: { regionCode: { in: regions }, fiscalYear: t.year },
        orderBy: { id: 'asc' },
      });
      const out = [];
      for (const e of evaluations) {
        const organization = await prisma.organization.findUnique({ where: { id: e.organizationId } });
        const indicators = await prisma.indicator.findMany({ where: { departmentEvaluationId: e.id }, orderBy: { position: 'asc' } });
        const goals = [];
        for (const g of await prisma.departmentGoal.findMany({ where: { evaluationId: e.id }, orderBy: { position: 'asc' } }))
          goals.push({ ...g, indicators: await prisma.indicator.findMany({ where: { goalId: g.id }, orderBy: { position: 'asc' } }) });
        out.push({ ...e, organization: organization?.name, indicators, goals });
      }
      return out;
    }
    case 'compareIndicator': {
      const rows = [];
      for (const code of t.cities) {
        const regions = await descendants(prisma, code);
        let value = 0;
        let target = 0;
        const sources = [];
        for (const regionCode of regions) {
          const indicators = await prisma.indicator.findMany({
            where: { conceptKey: 'urban_new_employment', project: { regionCode, fiscalYear: t.year } },
            orderBy: { id: 'asc' },
          });
          for (const i of indicators) {
            value += n(i.actualValue) ?? 0;
            target += n(i.targetValue) ?? 0;
            sources.push({ name: i.name, target: i.targetText, actual: i.actualText });
          }
        }
        rows.push({ code, value, target, sources });
      }
      return rows;
    }
  }
}
