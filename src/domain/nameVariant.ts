/**
 * A project named one way in the prose and another in its table (issue 12, kind NARRATIVE): 001's
 * report lists "其他惠普发展支出" for the table's 其他普惠发展支出 (lines 316, 334); 002's final
 * accounts describe "退休人员社会化管理服务经费" (line 610) whose table is named
 * 退休人员社会代管理服务经费 (line 3537). A variant is a run of the prose as long as the name that
 * differs from it inside (first and last characters alike) by one character, or by two
 * neighbouring characters swapped — the shape of a slip of the pen, not of another name — and is
 * no project's name itself. Names shorter than 8 characters are too short to tell a slip from
 * another word (工伤专项经费, 工伤专业经费). Each variant is listed once, at its first line.
 */
import type { Discrepancy } from './discrepancyKinds';
import type { SourceLine } from './proseFigures';

const MIN_LENGTH = 8;

/** Whitespace and quotes dropped (as plainName does for names), with the line of each character. */
function joined(lines: readonly SourceLine[]): { text: string; lineAt: number[] } {
  let text = '';
  const lineAt: number[] = [];
  for (const { line, text: t } of lines) {
    const f = t.replace(/[\s“”"‘’']+/gu, '');
    text += f;
    for (let k = 0; k < f.length; k++) lineAt.push(line);
  }
  return { text, lineAt };
}

/**
 * Whether the run of `text` at `at` differs from `name` by one character or two neighbours swapped,
 * inside it: its first and last characters are the name's.
 */
function slip(text: string, at: number, name: string): boolean {
  const last = name.length - 1;
  if (text[at] !== name[0] || text[at + last] !== name[last]) return false;
  const diff: number[] = [];
  for (let i = 1; i < last; i++) if (text[at + i] !== name[i] && diff.push(i) > 2) return false;
  if (diff.length === 1) return true;
  const [i, j] = diff;
  return diff.length === 2 && j === i! + 1 && text[at + i!] === name[j] && text[at + j] === name[i!];
}

/** For each name (by index), the variants of it the prose writes, with the line of each. */
export function nameVariants(lines: readonly SourceLine[], names: readonly string[]): Map<number, { variant: string; line: number }[]> {
  const { text, lineAt } = joined(lines);
  const known = new Set(names);
  const out = new Map<number, { variant: string; line: number }[]>();
  // Where each character stands in the prose: a variant starts with its name's first character.
  const starts = new Map<string, number[]>();
  for (let at = 0; at < text.length; at++) {
    const list = starts.get(text[at]!);
    if (list) list.push(at);
    else starts.set(text[at]!, [at]);
  }
  names.forEach((name, k) => {
    if (name.length < MIN_LENGTH) return;
    const found: { variant: string; line: number }[] = [];
    for (const at of starts.get(name[0]!) ?? []) {
      if (at + name.length > text.length) break;
      if (!slip(text, at, name)) continue;
      const run = text.slice(at, at + name.length);
      if (known.has(run) || found.some((f) => f.variant === run)) continue;
      found.push({ variant: run, line: lineAt[at]! });
    }
    if (found.length > 0) out.set(k, found);
  });
  return out;
}

/** The discrepancy of a variant of the project's name `name` written in the prose. */
export function nameVariantDiscrepancy(
  name: string,
  tableLine: number,
  variant: { variant: string; line: number },
): Discrepancy & { line: number } {
  return {
    field: 'name',
    reported: variant.variant,
    computed: name,
    kind: 'NARRATIVE',
    severity: 'MINOR',
    causedBy: null,
    message: `The prose names the project "${variant.variant}"; its table (line ${tableLine}) names it "${name}".`,
    messageZh: `正文所述项目名称为“${variant.variant}”，其绩效自评表（第${tableLine}行）为“${name}”。`,
    line: variant.line,
  };
}
