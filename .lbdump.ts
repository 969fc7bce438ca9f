import { readFileSync } from 'node:fs';
import { readLineBrokenDocument } from '../../work/main/src/ingest/lineBroken';
const f = process.argv[2]!;
const d = readLineBrokenDocument(readFileSync(f, 'utf8'));
const mode = process.argv[3] ?? 'summary';
if (mode === 'summary') {
  console.log('year', d.fiscalYear, 'projects', d.projects.length, 'depts', d.departmentEvaluations.length);
  console.log('accounts', JSON.stringify(d.finalAccounts));
  let tot = 0;
  for (const p of d.projects) { tot += p.indicators.length; console.log(p.lines.start, p.lines.end, p.name, '|', p.implementingUnit, '|', p.reportingUnit, p.filledOn, JSON.stringify(p.classification), p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text, p.total.score?.text, 'w', p.budgetWeight?.text, 'n', p.indicators.length, 'tot', p.reportedTotalScore?.text, 'narr', p.narrative?.lines.start, '\n   dev:', p.deviationAnalysis, '\n   imp:', p.improvementMeasures); }
  console.log('total indicators', tot);
  for (const dep of d.departmentEvaluations) { console.log(JSON.stringify({...dep, goals: dep.goals.map(g => ({p: g.position, w: g.weight, name: g.name, n: g.indicators.length, lines: g.lines}))})); }
  console.log('WARNINGS'); for (const w of d.warnings) console.log(' ', w.line, w.reason, '|', w.text.slice(0, 60));
  console.log('UNREAD'); for (const w of d.unread) console.log(' ', w.line, w.reason, '|', w.text.slice(0, 60));
} else {
  for (const p of d.projects) { console.log('##', p.name, p.lines.start); for (const i of p.indicators) console.log(`  ${i.lines.start}-${i.lines.end} [${i.level1}/${i.level2}] ${i.name} | ${i.target?.text} | ${i.actual?.text} | ${i.score?.text}`); }
  for (const dep of d.departmentEvaluations) for (const g of dep.goals) { console.log('## goal', g.position, g.weight?.text, g.name); for (const i of g.indicators) console.log(`  ${i.lines.start}-${i.lines.end} [${i.level1}/${i.level2}] ${i.name} | ${i.target?.text} | ${i.actual?.text} | ${i.score?.text}`); }
}
