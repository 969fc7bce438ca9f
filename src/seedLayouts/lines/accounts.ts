/**
 * 部门决算 headline figures. In the line-broken documents the final-accounts tables are images;
 * the figures are read from the explanatory prose (部门决算情况说明), which wraps mid-phrase:
 * "其中：基本支出 2544.29 万元，占本年支出 90 %；项目支\n\n出 275.77 万元".
 * The prose is joined first, then searched; each figure keeps the line where its number stands.
 */
import type { Cell, ParsedFinalAccounts } from '../../templates/parsed';
import { cellFromJoined, joinSource, type JoinedText, type SourceLine } from './text';

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';

function figureAfter(j: JoinedText, label: RegExp): Cell | null {
  const m = label.exec(j.text);
  if (!m || m[1] === undefined) return null;
  const at = m.index + m[0].length - m[1].length;
  return cellFromJoined(j, at, at + m[1].length);
}

/** Reads the figures from the prose lines before the first table; null if fewer than two found. */
export function readFinalAccounts(prose: readonly SourceLine[]): ParsedFinalAccounts | null {
  const j = joinSource(prose);
  const totalIncome = figureAfter(j, new RegExp(`收入合计\\s*(?:为|是)?\\s*${NUM}`));
  const totalExpenditure = figureAfter(j, new RegExp(`支出合计\\s*(?:为|是)?\\s*${NUM}`));
  const basicExpenditure = figureAfter(j, new RegExp(`基本支出\\s*(?:为|是)?\\s*${NUM}`));
  const projectExpenditure = figureAfter(j, new RegExp(`项目支出\\s*(?:为|是)?\\s*${NUM}`));

  // “三公”经费财政拨款支出预算为 34.96 万元，支出决算为 21.75 万元
  let threePublicBudget: Cell | null = null;
  let threePublicActual: Cell | null = null;
  const threeRe = /三公["”]?\s*经费/g;
  for (let m = threeRe.exec(j.text); m; m = threeRe.exec(j.text)) {
    const from = m.index + m[0].length;
    const tail = j.text.slice(from, from + 80);
    const b = new RegExp(`预算(?:数)?(?:为|是|\\s)\\s*${NUM}`).exec(tail);
    const a = new RegExp(`决算(?:数)?(?:为|是|\\s)\\s*${NUM}`).exec(tail);
    if (b?.[1] && a?.[1]) {
      const bAt = from + b.index + b[0].length - b[1].length;
      const aAt = from + a.index + a[0].length - a[1].length;
      threePublicBudget = cellFromJoined(j, bAt, bAt + b[1].length);
      threePublicActual = cellFromJoined(j, aAt, aAt + a[1].length);
      break;
    }
  }
  const cells = [totalIncome, totalExpenditure, basicExpenditure, projectExpenditure, threePublicBudget, threePublicActual].filter(
    (c): c is Cell => c !== null,
  );
  if (cells.length < 2) return null;

  const yearM = /((?:19|20)\d\d)\s*年度?\s*部门决算/.exec(j.text);
  const unitM = /第一部分\s*(\S{2,30}?)概况/.exec(j.text) ?? /(\S{2,30}?)部门决算由/.exec(j.text);
  const lineNums = cells.map((c) => c.line);
  return {
    fiscalYear: yearM?.[1] ? Number(yearM[1]) : null,
    unitName: unitM?.[1] ?? null,
    totalIncome,
    totalExpenditure,
    basicExpenditure,
    projectExpenditure,
    threePublicBudget,
    threePublicActual,
    lines: { start: Math.min(...lineNums), end: Math.max(...lineNums) },
  };
}
