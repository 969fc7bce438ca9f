/**
 * The catalogue of graphql-js's messages (src/i18n/graphqlJs.ts) against the messages graphql-js
 * itself writes for this schema: each mistake below gets a Chinese form that keeps the names and
 * types as written, and its English is graphql-js's message untouched. (Over HTTP: test/api/protection.test.ts.)
 */
import { getOperationAST, getVariableValues, parse, validate } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema';
import { graphqlJsText } from '../../src/i18n/graphqlJs';

/** graphql-js's messages for a document: its syntax error, else its validation errors, else its variables' errors. */
function messagesOf(query: string, variables: Record<string, unknown> = {}): string[] {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return [(error as Error).message];
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid.map((e) => e.message);
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return 'errors' in coerced ? coerced.errors!.map((e) => e.message) : [];
}

const CASES: [query: string, variables: Record<string, unknown>, zh: string][] = [
  ['{ region(code: "420200") { zzzzzz } }', {}, '类型 "Region" 上没有可查询的字段 "zzzzzz"。'],
  ['{ region(code: "420200") { nam } }', {}, '类型 "Region" 上没有可查询的字段 "nam"。是否想用 "name"？'],
  ['{ region(code: "420200") {', {}, '语法错误：应为 Name，收到 <EOF>。'],
  ['{ region(code: "420200") } }', {}, '语法错误：意外的 "}"。'],
  ['{ region(code: "420200) { code } }', {}, '语法错误：字符串没有结束。'],
  ['query ($code: String!) { region(code: $code) { code } }', {}, '没有提供必需的变量 "$code"（类型 "String!"）。'],
  ['query ($code: String!) { region(code: $code) { code } }', { code: 5 }, '变量 "$code" 的值 5 无效：String 不能表示非字符串值：5'],
  ['query ($code: String!) { region(code: $code) { code } }', { code: null }, '变量 "$code"（非空类型 "String!"）不能为 null。'],
  ['{ region(code: 420200) { code } }', {}, 'String 不能表示非字符串值：420200'],
  ['{ region(code: "420200", zzzzzz: 1) { code } }', {}, '字段 "Query.region" 没有参数 "zzzzzz"。'],
  ['{ region { code } }', {}, '字段 "region" 的参数 "code"（类型 "String!"）是必需的，但没有提供。'],
  ['{ ...Zzzzzz }', {}, '未知的片段 "Zzzzzz"。'],
  ['query ($x: Zzzzzz) { __typename }', {}, '未知的类型 "Zzzzzz"。'],
  ['{ region(code: $x) { code } }', {}, '变量 "$x" 未定义。'],
  ['query Q($x: Int) { __typename }', {}, '变量 "$x" 在操作 "Q" 中没有被使用。'],
  ['{ region(code: "420200") }', {}, '字段 "region"（类型 "Region!"）必须选择子字段。是否想写 "region { ... }"？'],
  ['{ __typename { x } }', {}, '字段 "__typename" 不能有子选择：类型 "String!" 没有子字段。'],
  ['{ __typename @zzzzzz }', {}, '未知的指令 "@zzzzzz"。'],
  ['query A { __typename } query A { __typename }', {}, '只能有一个名为 "A" 的操作。'],
  ['{ __typename } { __typename }', {}, '匿名操作必须是文档中唯一的操作。'],
  [
    '{ region(code: "420200") { projects(orderBy: { field: NAM }) { __typename } } }',
    {},
    '枚举 "ProjectOrderField" 中没有值 "NAM"。是否想用枚举值 "NAME"？',
  ],
  [
    '{ region(code: "420200") { projects(orderBy: {}) { __typename } } }',
    {},
    '没有提供必需的字段 "ProjectOrder.field"（类型 "ProjectOrderField!"）。',
  ],
  [
    'query ($o: ProjectOrder) { region(code: "420200") { projects(orderBy: $o) { __typename } } }',
    { o: { field: 'NAME', zzz: 1 } },
    '变量 "$o" 的值 { field: "NAME", zzz: 1 } 无效：类型 "ProjectOrder" 没有定义字段 "zzz"。',
  ],
  [
    'query ($o: ProjectOrder) { region(code: "420200") { projects(orderBy: $o) { __typename } } }',
    { o: { field: 'NAM' } },
    '变量 "$o" 的值 "NAM"（位置 "o.field"）无效：枚举 "ProjectOrderField" 中没有值 "NAM"。是否想用枚举值 "NAME"？',
  ],
  [
    'query ($y: Int) { region(code: "420200") { projects(year: $y) { __typename } } }',
    { y: 'x' },
    '变量 "$y" 的值 "x" 无效：Int 不能表示非整数值："x"',
  ],
  [
    'query ($y: String) { region(code: "420200") { projects(year: $y) { __typename } } }',
    {},
    '变量 "$y" 的类型 "String" 不能用在需要类型 "Int" 的位置。',
  ],
];

it.each(CASES)('%s', (query, variables, zh) => {
  const [message] = messagesOf(query, variables);
  expect(message, 'graphql-js answers with an error').toBeDefined();
  const text = graphqlJsText(message!);
  expect(text, message).toBeDefined();
  expect(text!.en).toBe(message);
  expect(text!.zh).toBe(zh);
});

it('leaves a message it does not know as graphql-js wrote it (no translation)', () => {
  const [message] = messagesOf('{ __typename @skip(if: false) @skip(if: true) }');
  expect(message).toBe('The directive "@skip" can only be used once at this location.');
  expect(graphqlJsText(message!)).toBeUndefined();
  // A known head with an unknown detail is not half-translated.
  expect(graphqlJsText('Variable "$x" got invalid value 1; Something graphql-js never said.')).toBeUndefined();
});
