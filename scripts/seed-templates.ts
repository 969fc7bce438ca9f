/**
 * `npx tsx scripts/seed-templates.ts [--diff [seed]]`: how much of each seed the template reader
 * reads on its own (src/templates/, on the table model after readFlatBlocks), against the seed
 * layouts' reading (src/seedLayouts/tabs/, lines/) — per seed, the records and indicators
 * each finds and how many of the seed reading's values (every cell text and line, name, label
 * and note of every record) the template reading has in the same place. `--diff` lists the values
 * that differ (of one seed when named: `--diff 002`), `--unread` the lines the template reader
 * reported (`--unread 000`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../src/readers';
import { readFlatBlocks } from '../src/readers/flat';
import { readTextBlocks } from '../src/readers/text';
import { readWithTemplates } from '../src/templates';
import { detectFormat } from '../src/ingest/readDocument';
import { readTabularDocument } from '../src/seedLayouts/tabs';
import { readLineBrokenDocument } from '../src/seedLayouts/lines';
import type { ParsedDocument } from '../src/templates/parsed';

const seeds = path.resolve('..', 'shared', 'seeds');
const diffAt = process.argv.indexOf('--diff');
const diffOf = diffAt < 0 ? null : (process.argv[diffAt + 1] ?? '');
const unreadAt = process.argv.indexOf('--unread');
const unreadOf = unreadAt < 0 ? null : (process.argv[unreadAt + 1] ?? '');

/** Fields only one reader writes: not compared. */
const IGNORED = new Set(['templateId', 'totalRowLine', 'readingProblems', 'namedOnlyIndicators', 'code']);

/** Every leaf value of a reading, by its path (`projects.3.indicators.2.target.text`). */
function leaves(value: unknown, at: string, out: Map<string, string>): Map<string, string> {
  if (value === null || value === undefined) out.set(at, 'null');
  else if (Array.isArray(value)) {
    out.set(`${at}.length`, String(value.length));
    value.forEach((v, i) => leaves(v, `${at}.${i}`, out));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!IGNORED.has(k)) leaves(v, at === '' ? k : `${at}.${k}`, out);
  } else out.set(at, String(value));
  return out;
}

function records(doc: Pick<ParsedDocument, 'projects' | 'departmentEvaluations' | 'summaryTables' | 'finalAccounts'>) {
  return {
    projects: doc.projects,
    departmentEvaluations: doc.departmentEvaluations,
    summaryTables: doc.summaryTables,
    finalAccounts: doc.finalAccounts,
  };
}

const indicatorCount = (doc: Pick<ParsedDocument, 'projects' | 'departmentEvaluations'>) =>
  doc.projects.reduce((n, p) => n + p.indicators.length, 0) +
  doc.departmentEvaluations.reduce((n, d) => n + d.indicators.length + d.goals.reduce((m, g) => m + g.indicators.length, 0), 0);

async function main() {
  let same = 0;
  let all = 0;
  for (const file of fs.readdirSync(seeds).filter((f) => /^\d{3}_.*\.txt$/.test(f))) {
    const text = fs.readFileSync(path.join(seeds, file), 'utf8');
    const extracted = await extractDocument(new TextEncoder().encode(text));
    const blocks = readFlatBlocks(extracted.text, readTextBlocks) ?? extracted.blocks;
    const byTemplates = readWithTemplates({ ...extracted, blocks });
    const bySeed = detectFormat(text) === 'tabular' ? readTabularDocument(text) : readLineBrokenDocument(text);
    const t = leaves(records({ ...byTemplates, summaryTables: [], finalAccounts: null }), '', new Map());
    const s = leaves(records(bySeed), '', new Map());
    const differ = [...s].filter(([k, v]) => t.get(k) !== v);
    same += s.size - differ.length;
    all += s.size;
    const id = file.slice(0, 3);
    console.log(
      `${id}: projects ${byTemplates.projects.length}/${bySeed.projects.length}, ` +
        `departments ${byTemplates.departmentEvaluations.length}/${bySeed.departmentEvaluations.length}, ` +
        `indicators ${indicatorCount(byTemplates)}/${indicatorCount(bySeed)}, ` +
        `summary tables 0/${bySeed.summaryTables.length}, final accounts 0/${bySeed.finalAccounts ? 1 : 0}, ` +
        `values ${s.size - differ.length}/${s.size}, unread ${byTemplates.unread.length}`,
    );
    if (diffOf !== null && (diffOf === '' || diffOf === id))
      for (const [k, v] of differ) console.log(`  ${k}: ${JSON.stringify(t.get(k) ?? '(absent)')} ≠ ${JSON.stringify(v)}`);
    if (unreadOf !== null && (unreadOf === '' || unreadOf === id))
      for (const u of byTemplates.unread) console.log(`  line ${u.line}: ${u.reason} | ${u.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  console.log(`all: values ${same}/${all} (${((100 * same) / all).toFixed(1)}%)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
