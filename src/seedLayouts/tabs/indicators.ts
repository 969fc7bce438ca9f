/**
 * Indicator rows (一级/二级/三级指标 with target, actual, weight, score) of tab-separated tables.
 *
 * The header row gives the columns; data rows are read positionally when they line up with
 * the header and by cell shape when merged cells shifted them: level labels are recognised by
 * their vocabulary (产出指标, 数量指标, …), scores by being numbers ≤ 100, several values in one
 * cell ("100% 100% 20") are split, an extra leading cell is a non-standard 二级指标.
 */
import type { ParsedIndicator } from '../../templates/parsed';
import { isFundingColumnLabels } from './funding';
import type { Row, Sink } from './rows';
import { trimTrailing } from './rows';
import {
  compact,
  isDash,
  isIndicatorSlot,
  isPlaceholder,
  isScoreLike,
  splitValueTokens,
  stripIndicatorPrefix,
} from '../../tables/cellText';

export type Role =
  | 'section'
  | 'level1'
  | 'level2'
  | 'name'
  | 'weight'
  | 'description'
  | 'scoringRule'
  | 'target'
  | 'actual'
  | 'score'
  | 'deviation'
  | 'spacer';

export interface IndicatorLayout {
  roles: Role[];
  /** Roles from the 三级指标 column on (trailing spacers removed). */
  bodyRoles: Role[];
  line: number;
  /** A level-1 label merged into the header ("产出指标 年度绩效目标 (80分)"). */
  initialLevel1: string | null;
}

/** A header row of an indicator block: names 一级/二级/三级指标 and a target column. */
export function isIndicatorHeader(row: Row): boolean {
  const all = row.keys.join('|');
  const levels = (all.includes('一级指标') ? 1 : 0) + (all.includes('二级指标') ? 1 : 0) + (all.includes('三级指标') ? 1 : 0);
  return levels >= 2 && (all.includes('目标值') || all.includes('指标值') || all.includes('完成值'));
}

function roleOf(c: string): Role {
  const k = compact(c);
  if (k === '') return 'spacer';
  if (k.includes('三级指标')) return 'name';
  if (k.includes('二级指标')) return 'level2';
  if (k.includes('一级指标')) return 'level1';
  if (k.includes('偏差')) return 'deviation';
  if (k.includes('评分标准')) return 'scoringRule';
  if (k.includes('指标说明')) return 'description';
  if (k.includes('完成值')) return 'actual';
  if (k.includes('目标值') || k.includes('指标值')) return 'target';
  if (k.includes('分值')) return 'weight';
  if (k.includes('得分')) return 'score';
  if (k.includes('绩效目标') || k.includes('绩效指') || k.includes('绩效')) return 'section';
  return 'spacer';
}

export function layoutFromHeader(row: Row, sink: Sink): IndicatorLayout {
  const cells = trimTrailing(row.cells);
  // A trailing empty header cell right after 实际完成值 is the unlabeled 得分 column.
  const roles = cells.map(roleOf);
  if (row.cells.length > cells.length && !roles.includes('score')) roles.push('score');
  let initialLevel1: string | null = null;
  for (const c of cells) {
    const m = /^(产出|效益|满意度|成本|投入|过程)指标/.exec(compact(c));
    if (m && roleOf(c) === 'section') initialLevel1 = m[0];
  }
  if (!roles.includes('name')) {
    const l2 = roles.indexOf('level2');
    const at = l2 >= 0 ? l2 + 1 : roles.indexOf('level1') + 1;
    if (at > 0 && roles[at] === 'spacer') roles[at] = 'name';
  }
  if (!roles.includes('score')) {
    const a = roles.indexOf('actual');
    if (a >= 0 && roles[a + 1] === 'spacer') roles[a + 1] = 'score';
  }
  for (const [role, label] of [
    ['name', '三级指标'],
    ['target', '目标值/指标值'],
    ['actual', '实际完成值'],
    ['score', '得分'],
  ] as const) {
    if (!roles.includes(role)) sink.warn(row.line, row.raw, `indicator header has no ${label} column`);
  }
  let nameAt = roles.indexOf('name');
  if (nameAt < 0) nameAt = Math.max(roles.indexOf('level2'), roles.indexOf('level1')) + 1;
  const bodyRoles = roles.slice(nameAt);
  if (bodyRoles[0] !== 'name') bodyRoles.unshift('name');
  while (bodyRoles.length > 1 && bodyRoles[bodyRoles.length - 1] === 'spacer') bodyRoles.pop();
  return { roles, bodyRoles, line: row.line, initialLevel1 };
}

// ---- level vocabulary -------------------------------------------------------------------

type Family = '产出' | '效益' | '满意度' | '成本';

function stripParens(k: string): string {
  return k.replace(/[(（][^()（）]*[)）]/g, '');
}

/** 一级指标 labels: 产出指标 (40分), 效益指标（分值权重50%）, 满意度 指标 (10分), 成本指标 (20分). */
export function isLevel1(c: string): boolean {
  const k = compact(c);
  if (/^(产出|效益|满意度|投入|过程)指标/.test(k)) return true;
  return /^成本指标[(（]/.test(k);
}

const LEVEL2 = /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本|约束性)(指标)?$/;

/** 二级指标 labels of the standard templates: 数量指标, 社会效益, 服务对象满意度指标, … */
export function isLevel2(c: string): boolean {
  return LEVEL2.test(stripParens(compact(c)));
}

/** A level label written with 指标 (never a 三级指标 name). */
function isLevelWithSuffix(c: string): boolean {
  const k = compact(c);
  return isLevel1(c) || (isLevel2(c) && k.endsWith('指标'));
}

function familyOf1(c: string | null): Family | null {
  if (c === null) return null;
  const m = /^(产出|效益|满意度|成本)/.exec(compact(c));
  return m ? (m[1] as Family) : null;
}

function familyOf2(c: string | null): Family | null {
  if (c === null) return null;
  const k = stripParens(compact(c)).replace(/指标$/, '');
  if (/^(数量|质量|时效|成本)$/.test(k)) return '产出';
  if (/^(经济效益|社会效益|生态效益|可持续影响)$/.test(k)) return '效益';
  if (k === '服务对象满意度') return '满意度';
  if (/^(经济成本|社会成本|生态环境成本)$/.test(k)) return '成本';
  return null;
}

function conflicts(level1: string | null, level2: string | null): boolean {
  const a = familyOf1(level1);
  const b = familyOf2(level2);
  return a !== null && b !== null && a !== b;
}

/** "(50分)", "50%)", "(分值权重" fragments of a merged level-1 cell broken across rows. */
function isFragment(c: string): boolean {
  const k = compact(c);
  return /^[(（]?\d{1,3}(?:\.\d+)?(?:%|分)?[)）]$/.test(k) || /^[(（]\d{1,3}(?:\.\d+)?(?:%|分)?[)）]?$/.test(k);
}

// ---- row reading ---------------------------------------------------------------------------

interface Assigned {
  level2: string | null;
  values: Partial<Record<Role, string>>;
  dropped: string[];
}

function validate(a: Assigned): boolean {
  const v = a.values;
  if (!v.name || v.name === '') return false;
  if (isLevelWithSuffix(v.name)) return false;
  for (const r of ['weight', 'score'] as const) {
    const x = v[r];
    if (x !== undefined && x !== '' && !isScoreLike(x) && !isDash(x)) return false;
  }
  if (v.spacer !== undefined && v.spacer !== '') return false;
  return true;
}

function positional(cells: string[], roles: Role[]): Assigned | null {
  if (cells.length > roles.length) return null;
  const values: Partial<Record<Role, string>> = {};
  cells.forEach((c, i) => {
    const r = roles[i];
    if (r === undefined) return;
    if (r === 'spacer') {
      if (c !== '') values.spacer = c;
    } else values[r] = c;
  });
  return { level2: null, values, dropped: [] };
}

export type ReadResult = 'indicator' | 'continuation' | 'skip' | 'label' | 'unread';

/** Reads the indicator rows of one block (one project table, one goal, one department table). */
export class IndicatorReader {
  level1: string | null;
  level2: string | null = null;
  private pendingLevel1: string | null = null;
  private last: ParsedIndicator | null = null;
  private lastWasIndicator = false;
  /** Previous resolved texts, for "同上" (same as above). */
  private prevRule: string | null = null;
  private prevDescription: string | null = null;

  constructor(
    private layout: IndicatorLayout,
    private sink: Sink,
    private out: ParsedIndicator[],
  ) {
    this.level1 = layout.initialLevel1;
  }

  /** Continue into a new list (next goal) keeping the layout and 同上 context. */
  retarget(out: ParsedIndicator[]): void {
    this.out = out;
    this.level1 = null;
    this.level2 = null;
    this.pendingLevel1 = null;
    this.last = null;
    this.lastWasIndicator = false;
  }

  setLayout(layout: IndicatorLayout): void {
    this.layout = layout;
    if (layout.initialLevel1 !== null) this.level1 = layout.initialLevel1;
  }

  read(row: Row): ReadResult {
    const result = this.readRow(row);
    this.lastWasIndicator = result === 'indicator' || (result === 'continuation' && this.lastWasIndicator);
    return result;
  }

  private readRow(row: Row): ReadResult {
    const cells = trimTrailing(row.cells.map((c) => (isPlaceholder(c) ? '' : c)));
    if (cells.length === 0) {
      this.sink.warn(row.line, row.raw, 'placeholder row without an indicator');
      return 'skip';
    }
    if (this.pendingLevel1 !== null) {
      this.level1 = this.pendingLevel1;
      this.level2 = null;
      this.pendingLevel1 = null;
    }
    if (isFundingColumnLabels(cells)) {
      this.sink.unread(row.line, row.raw, 'a budget-execution header among the indicator rows: no indicator');
      return 'unread';
    }
    const full = this.tryFullPositional(cells);
    if (full) return this.emit(row, full.level1, full.level2, full.assigned);

    // Scan leading level labels.
    let i = 0;
    let l1: string | null = null;
    let l2: string | null = null;
    let frag: string | null = null;
    let lastLabelCol = -1;
    for (; i < cells.length; i++) {
      const c = cells[i] ?? '';
      if (c === '') continue;
      lastLabelCol = i;
      if (l1 === null && l2 === null && isLevel1(c)) {
        l1 = c;
        continue;
      }
      if (l1 === null && l2 === null && isFragment(c)) {
        frag = c;
        continue;
      }
      if (l2 === null && isLevel2(c)) {
        l2 = c;
        continue;
      }
      break;
    }
    if (l1 !== null && frag !== null && !/[(（]/.test(l1) && /^[(（]/.test(frag)) l1 = `${l1} ${frag}`;
    const body = cells.slice(i);
    const nonEmpty = body.filter((c) => c !== '');
    if (nonEmpty.length === 0) {
      const nameCol = this.layout.roles.indexOf('name');
      if (l1 === null && l2 !== null && nameCol >= 0 && lastLabelCol >= nameCol) {
        // A 三级指标 cell that happens to read like a level label ("生态效益"), without values.
        this.sink.warn(row.line, row.raw, 'indicator row without values skipped');
        return 'skip';
      }
      this.applyLabels(l1, l2);
      if (l1 === null && l2 === null) return 'skip';
      this.sink.warn(row.line, row.raw, 'row with 指标 labels only, no indicator');
      return 'label';
    }
    if (nonEmpty.length === 1 && isIndicatorSlot(nonEmpty[0] ?? '')) {
      this.applyLabels(l1, l2);
      return 'skip'; // empty template slot "指标2："
    }
    if (nonEmpty.length === 1 && l1 === null && l2 === null) {
      if (this.lastWasIndicator && this.last !== null) {
        this.last.name += nonEmpty[0] ?? '';
        this.last.lines.end = row.line;
        return 'continuation';
      }
      this.sink.warn(row.line, row.raw, 'indicator row without values skipped');
      return 'skip';
    }
    // An extra leading cell is a (non-standard) 二级指标 unless the row already has one, or a
    // 二级指标 is carried and the cell sits in the 三级指标 column (then it is the name).
    const firstBodyCol = i + body.findIndex((c) => c !== '');
    const nameCol = this.layout.roles.indexOf('name');
    const mayBeLevel2 = l2 === null && (l1 !== null || this.level2 === null || nameCol < 0 || firstBodyCol < nameCol);
    const assigned = this.assign(body, !mayBeLevel2);
    if (!assigned) {
      this.applyLabels(l1, l2);
      this.sink.unread(row.line, row.raw, 'cannot map the cells of this row to the indicator columns');
      return 'unread';
    }
    return this.emit(row, l1, l2 ?? assigned.level2, assigned);
  }

  private tryFullPositional(cells: string[]): { level1: string | null; level2: string | null; assigned: Assigned } | null {
    const roles = this.layout.roles;
    if (cells.length > roles.length) return null;
    const lastNeeded = Math.max(roles.indexOf('score'), roles.indexOf('actual'));
    if (lastNeeded >= 0 && cells.length <= lastNeeded) return null;
    let level1: string | null = null;
    let level2: string | null = null;
    const body: string[] = [];
    const nameAt = roles.indexOf('name');
    if (nameAt < 0) return null;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] ?? '';
      const r = roles[i];
      if (i < nameAt) {
        if (c === '') continue;
        if (r === 'level1') {
          if (isFragment(c)) continue;
          if (!isLevel1(c)) return null;
          level1 = c;
        } else if (r === 'level2') {
          if (isLevel1(c) || isIndicatorSlot(c)) return null;
          level2 = c;
        } else return null;
      } else body.push(c);
    }
    const a = positional(body, this.layout.bodyRoles);
    if (!a || !validate(a)) return null;
    if (isIndicatorSlot(a.values.name ?? '')) return null;
    const hasValue = ['target', 'actual', 'weight', 'score'].some((r) => (a.values[r as Role] ?? '') !== '');
    if (!hasValue) return null;
    return { level1, level2, assigned: a };
  }

  private assign(body: string[], rowHasLevel2: boolean): Assigned | null {
    const roles = this.layout.bodyRoles;
    const plain = roles.filter((r) => r !== 'spacer');
    const nonEmpty = body.filter((c) => c !== '');
    const lastCell = nonEmpty[nonEmpty.length - 1] ?? '';
    const tokens = nonEmpty.length >= 2 && plain.includes('score') && !isScoreLike(lastCell) ? splitValueTokens(lastCell) : null;
    if (tokens) {
      const split = this.splitAssign([...nonEmpty.slice(0, -1), ...tokens], plain);
      if (split && validate(split)) {
        split.dropped.push(`__split__${lastCell}`);
        return split;
      }
    }
    const p = positional(body, roles);
    if (p && validate(p)) return p;
    const c = positional(nonEmpty, plain);
    if (c && validate(c)) return c;
    const anchored = this.anchorAssign(nonEmpty, plain, rowHasLevel2);
    if (anchored && validate(anchored)) return anchored;
    return null;
  }

  /** name first, remaining values right-aligned to the columns ending at 得分. */
  private splitAssign(cells: string[], plain: Role[]): Assigned | null {
    const s = plain.indexOf('score');
    const upTo = plain.slice(1, s + 1);
    const rest = cells.slice(1);
    if (rest.length > upTo.length) return null;
    const values: Partial<Record<Role, string>> = { name: cells[0] ?? '' };
    const off = upTo.length - rest.length;
    rest.forEach((c, i) => {
      const r = upTo[off + i];
      if (r !== undefined) values[r] = c;
    });
    return { level2: null, values, dropped: [] };
  }

  /** Anchor on the last score-like cell; extra cells become 二级指标, 指标说明 or are reported. */
  private anchorAssign(cells: string[], plain: Role[], rowHasLevel2: boolean): Assigned | null {
    const sRole = plain.indexOf('score');
    let s = -1;
    if (sRole >= 0) {
      for (let i = cells.length - 1; i >= 1; i--) {
        if (isScoreLike(cells[i] ?? '')) {
          s = i;
          break;
        }
      }
    }
    const left = s >= 0 ? cells.slice(0, s) : cells.slice();
    const right = s >= 0 ? cells.slice(s + 1) : [];
    const leftRoles = sRole >= 0 ? plain.slice(0, sRole) : plain.slice();
    const rightRoles = s >= 0 ? plain.slice(sRole + 1) : [];
    const values: Partial<Record<Role, string>> = {};
    const dropped: string[] = [];
    let level2: string | null = null;
    let extra = left.length - leftRoles.length;
    // Merged cells leave at most one cell too many; more than that is not an indicator row.
    if (extra > 1 || right.length > rightRoles.length + 1) return null;
    if (extra > 0 && !rowHasLevel2) {
      level2 = left.shift() ?? null;
      extra--;
    }
    if (extra > 0 && !leftRoles.includes('description')) {
      values.description = left.splice(1, extra).join(' ');
      extra = 0;
    }
    if (extra > 0) {
      const head = leftRoles.slice(0, -1);
      head.forEach((r, i) => (values[r] = left[i] ?? ''));
      const lastRole = leftRoles[leftRoles.length - 1];
      if (lastRole !== undefined) values[lastRole] = left[left.length - 1] ?? '';
      dropped.push(...left.slice(head.length, left.length - 1));
    } else {
      leftRoles.forEach((r, i) => {
        const c = left[i];
        if (c !== undefined) values[r] = c;
      });
    }
    if (s >= 0) values.score = cells[s] ?? '';
    right.forEach((c, i) => {
      const r = rightRoles[i];
      if (r !== undefined) values[r] = c;
      else dropped.push(c);
    });
    return { level2, values, dropped };
  }

  private applyLabels(l1: string | null, l2: string | null): string | null {
    if (l1 !== null) {
      if (this.level1 !== null && l2 !== null && conflicts(l1, l2) && !conflicts(this.level1, l2)) {
        // A merged 一级指标 cell printed one row early (vertically centred): it starts below.
        this.pendingLevel1 = l1;
      } else {
        this.level1 = l1;
        this.level2 = null;
      }
    }
    if (l2 !== null) this.level2 = l2;
    return this.level1;
  }

  private emit(row: Row, l1: string | null, l2: string | null, a: Assigned): ReadResult {
    this.applyLabels(l1, l2);
    if (l1 === null && l2 !== null && conflicts(this.level1, l2)) {
      const family = familyOf2(l2);
      const inferred = `${family ?? ''}指标`;
      this.sink.warn(row.line, row.raw, `一级指标 inferred as ${inferred} from 二级指标 ${l2} (carried 一级指标 ${this.level1 ?? ''} does not fit)`);
      this.level1 = inferred;
    }
    const v = a.values;
    const rawName = v.name ?? '';
    let name = stripIndicatorPrefix(rawName);
    if (name === '') {
      name = compact(rawName).replace(/[:：]$/, '');
      this.sink.warn(row.line, row.raw, `indicator has values but no name (only "${rawName}")`);
    }
    for (const d of a.dropped) {
      if (d.startsWith('__split__')) {
        this.sink.warn(row.line, row.raw, `several values in one cell split: "${d.slice(9)}"`);
      } else {
        this.sink.warn(row.line, row.raw, `extra cell not matching any column: "${d}"`);
      }
    }
    const text = (r: Role): string | null => {
      const x = v[r];
      return x === undefined || x === '' ? null : x;
    };
    const c = (r: Role) => {
      const x = text(r);
      return x === null ? null : { text: x, line: row.line };
    };
    let description = text('description');
    let scoringRule = text('scoringRule');
    if (scoringRule !== null && compact(scoringRule) === '同上') {
      if (this.prevRule !== null) scoringRule = this.prevRule;
      else this.sink.warn(row.line, row.raw, '评分标准 "同上" without a rule above');
    }
    if (description !== null && compact(description) === '同上') {
      if (this.prevDescription !== null) description = this.prevDescription;
      else this.sink.warn(row.line, row.raw, '指标说明 "同上" without a text above');
    }
    if (scoringRule !== null) this.prevRule = scoringRule;
    if (description !== null) this.prevDescription = description;
    const ind: ParsedIndicator = {
      level1: this.level1,
      level2: this.level2,
      name,
      description,
      scoringRule,
      target: c('target'),
      actual: c('actual'),
      weight: c('weight'),
      score: c('score'),
      deviationNote: text('deviation'),
      lines: { start: row.line, end: row.line },
    };
    this.out.push(ind);
    this.last = ind;
    return 'indicator';
  }
}
