/**
 * graphql-js's own messages — parse errors, validation errors, the coercion of variables — in
 * Chinese, by pattern: each pattern below is one of graphql-js 16's message templates with its
 * Chinese form; the names, types and values in it are kept as graphql-js wrote them. The English
 * is graphql-js's text untouched. A message no pattern knows (or one with a part no pattern
 * knows) has no translation and stays as graphql-js wrote it.
 */
import type { Text } from './language';

type Translate = (...parts: string[]) => string | undefined;

/** Whole messages (a "Did you mean …?" suggestion and a "; detail" are dealt with below). */
const MESSAGES: ReadonlyArray<readonly [RegExp, Translate]> = [
  // Validation
  [/^Cannot query field (".+?") on type (".+?")\.$/, (f, t) => `类型 ${t} 上没有可查询的字段 ${f}。`],
  [/^Unknown argument (".+?") on field (".+?")\.$/, (a, f) => `字段 ${f} 没有参数 ${a}。`],
  [/^Unknown argument (".+?") on directive (".+?")\.$/, (a, d) => `指令 ${d} 没有参数 ${a}。`],
  [
    /^(Field|Directive) (".+?") argument (".+?") of type (".+?") is required, but it was not provided\.$/,
    (kind, f, a, t) => `${kind === 'Field' ? '字段' : '指令'} ${f} 的参数 ${a}（类型 ${t}）是必需的，但没有提供。`,
  ],
  [/^Unknown type (".+?")\.$/, (t) => `未知的类型 ${t}。`],
  [/^Unknown fragment (".+?")\.$/, (f) => `未知的片段 ${f}。`],
  [/^Unknown directive (".+?")\.$/, (d) => `未知的指令 ${d}。`],
  [/^Variable (".+?") is not defined\.$/, (v) => `变量 ${v} 未定义。`],
  [/^Variable (".+?") is not defined by operation (".+?")\.$/, (v, o) => `操作 ${o} 没有定义变量 ${v}。`],
  [/^Variable (".+?") is never used\.$/, (v) => `变量 ${v} 没有被使用。`],
  [/^Variable (".+?") is never used in operation (".+?")\.$/, (v, o) => `变量 ${v} 在操作 ${o} 中没有被使用。`],
  [/^Fragment (".+?") is never used\.$/, (f) => `片段 ${f} 没有被使用。`],
  [
    /^Variable (".+?") of type (".+?") used in position expecting type (".+?")\.$/,
    (v, t, e) => `变量 ${v} 的类型 ${t} 不能用在需要类型 ${e} 的位置。`,
  ],
  [
    /^Field (".+?") must not have a selection since type (".+?") has no subfields\.$/,
    (f, t) => `字段 ${f} 不能有子选择：类型 ${t} 没有子字段。`,
  ],
  [
    /^Field (".+?") of type (".+?") must have a selection of subfields\. Did you mean (".+")\?$/,
    (f, t, s) => `字段 ${f}（类型 ${t}）必须选择子字段。是否想写 ${s}？`,
  ],
  [
    /^There can be only one (operation|argument|fragment|variable|input field|directive) named (".+?")\.$/,
    (kind, name) => `只能有一个名为 ${name} 的${KINDS[kind]}。`,
  ],
  [/^This anonymous operation must be the only defined operation\.$/, () => '匿名操作必须是文档中唯一的操作。'],
  [/^Expected value of type (".+?"), found (.+)\.$/s, (t, v) => `应为类型 ${t} 的值，收到 ${v}。`],
  // Execution: the operation and its variables
  [/^Must provide operation name if query contains multiple operations\.$/, () => '查询包含多个操作时必须给出操作名（operationName）。'],
  [/^Unknown operation named (".+?")\.$/, (o) => `未知的操作名 ${o}。`],
  [/^Variable (".+?") of required type (".+?") was not provided\.$/, (v, t) => `没有提供必需的变量 ${v}（类型 ${t}）。`],
  [/^Variable (".+?") of non-null type (".+?") must not be null\.$/, (v, t) => `变量 ${v}（非空类型 ${t}）不能为 null。`],
  // Input values (after "; " in the two messages below, or alone)
  [/^Expected type (".+?")\.$/, (t) => `应为类型 ${t}。`],
  [/^Expected type (".+?") to be an object\.$/, (t) => `类型 ${t} 的值应为对象。`],
  [/^Expected non-nullable type (".+?") not to be null\.$/, (t) => `非空类型 ${t} 不能为 null。`],
  [/^Field (".+?") of required type (".+?") was not provided\.$/, (f, t) => `没有提供必需的字段 ${f}（类型 ${t}）。`],
  [/^Field (".+?") is not defined by type (".+?")\.$/, (f, t) => `类型 ${t} 没有定义字段 ${f}。`],
  [/^Value (".+?") does not exist in (".+?") enum\.$/, (v, e) => `枚举 ${e} 中没有值 ${v}。`],
  [/^Enum (".+?") cannot represent non-(?:enum|string) value: (.+)\.$/s, (e, v) => `枚举 ${e} 不能表示非枚举值：${v}。`],
  [/^Int cannot represent non-integer value: (.+)$/s, (v) => `Int 不能表示非整数值：${v}`],
  [/^Int cannot represent non 32-bit signed integer value: (.+)$/s, (v) => `Int 不能表示超出 32 位有符号整数范围的值：${v}`],
  [/^Float cannot represent non numeric value: (.+)$/s, (v) => `Float 不能表示非数值：${v}`],
  [/^String cannot represent a non string value: (.+)$/s, (v) => `String 不能表示非字符串值：${v}`],
  [/^Boolean cannot represent a non boolean value: (.+)$/s, (v) => `Boolean 不能表示非布尔值：${v}`],
  [/^ID cannot represent a non-string and non-integer value: (.+)$/s, (v) => `ID 不能表示既非字符串也非整数的值：${v}`],
  // Parsing
  [/^Syntax Error: Expected (.+?), found (.+)\.$/s, (e, f) => `语法错误：应为 ${e}，收到 ${f}。`],
  [/^Syntax Error: Unexpected (.+)\.$/s, (f) => `语法错误：意外的 ${f}。`],
  [/^Syntax Error: Unterminated string\.$/, () => '语法错误：字符串没有结束。'],
  [/^Syntax Error: Invalid character: (.+)\.$/s, (c) => `语法错误：无效字符 ${c}。`],
  [/^Syntax Error: Unexpected character: (.+)\.$/s, (c) => `语法错误：意外的字符 ${c}。`],
];

const KINDS: Record<string, string> = {
  operation: '操作',
  argument: '参数',
  fragment: '片段',
  variable: '变量',
  'input field': '输入字段',
  directive: '指令',
};

/** One message without suggestion or detail. */
function whole(message: string): string | undefined {
  for (const [pattern, translate] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return undefined;
}

/** `"a", "b", or "c"` → `"a"、"b" 或 "c"`: the names as written, the words between them in Chinese. */
function suggestions(list: string): string {
  return list
    .replace(/", or "/g, '" 或 "')
    .replace(/" or "/g, '" 或 "')
    .replace(/", "/g, '"、"');
}

const SUGGESTION = /^(.*?) Did you mean (to use an inline fragment on |the enum value )?(".+")\?$/s;
const DETAIL = [
  /^(Variable ".+?" got invalid value .*?)(?: at (".+?"))?; (.+)$/s,
  /^(Expected value of type ".+?", found .+?); (.+)$/s,
] as const;

function translate(message: string): string | undefined {
  // A "; detail" first: the detail may end as a whole message does.
  const variable = DETAIL[0].exec(message);
  if (variable) {
    const [, head, at, detail] = variable as unknown as [string, string, string | undefined, string];
    const value = /^Variable (".+?") got invalid value (.*)$/s.exec(head)!;
    const zh = translate(detail);
    return zh === undefined ? undefined : `变量 ${value[1]} 的值 ${value[2]}${at ? `（位置 ${at}）` : ' '}无效：${zh}`;
  }
  const literal = DETAIL[1].exec(message);
  if (literal) {
    const head = whole(`${literal[1]}.`);
    const zh = translate(literal[2]!);
    return head === undefined || zh === undefined ? undefined : `${head.replace(/。$/, '')}：${zh}`;
  }
  const known = whole(message);
  if (known !== undefined) return known;
  const suggested = SUGGESTION.exec(message);
  if (suggested) {
    const [, head, sub, list] = suggested as unknown as [string, string, string | undefined, string];
    const zh = translate(head);
    if (zh === undefined) return undefined;
    if (sub?.startsWith('to use')) return `${zh}是否想在 ${suggestions(list)} 上使用内联片段？`;
    return `${zh}是否想用${sub ? '枚举值' : ''} ${suggestions(list)}？`;
  }
  return undefined;
}

/** A graphql-js message in both languages; undefined when it is none this catalogue knows. */
export function graphqlJsText(message: string): Text | undefined {
  const zh = translate(message);
  return zh === undefined ? undefined : { zh, en: message };
}
