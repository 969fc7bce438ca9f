/**
 * The document checks remember the documents they passed (src/graphql/documentLimits.ts): asked
 * again, the verdict is the same, and what the verdict depends on besides the text — the operation
 * chosen, the variables — is still checked.
 */
import { expect, it } from 'vitest';
import { checkDocument } from '../../src/graphql/documentLimits';

const code = (error: ReturnType<typeof checkDocument>) => error?.extensions.code ?? null;

it('passes a document within the limits every time it is asked', () => {
  const query = '{ regions(level: CITY) { code name } }';
  expect(checkDocument({ query }, 'POST')).toBeNull();
  expect(checkDocument({ query }, 'POST')).toBeNull();
  expect(checkDocument({ query }, 'GET')).toBeNull();
});

it('refuses the mutation of a document whose query it passed (the operation chosen is part of the verdict)', () => {
  const query = 'query Read { regions { code } } mutation Write { regions { code } }';
  expect(checkDocument({ query, operationName: 'Read' }, 'POST')).toBeNull();
  expect(code(checkDocument({ query, operationName: 'Write' }, 'POST'))).toBe('BAD_USER_INPUT');
  expect(checkDocument({ query, operationName: 'Read' }, 'POST')).toBeNull();
});

it('refuses NUL characters in the variables of a document it passed', () => {
  const query = 'query Find($text: String!) { searchRegions(text: $text) { code } }';
  expect(checkDocument({ query, variables: { text: '黄石' } }, 'POST')).toBeNull();
  expect(code(checkDocument({ query, variables: { text: '黄\u0000石' } }, 'POST'))).toBe('BAD_USER_INPUT');
  expect(code(checkDocument({ query, variables: { text: '黄石' }, operationName: 'Find\u0000' }, 'POST'))).toBe('BAD_USER_INPUT');
});

it('refuses a document over a limit every time, though one a field away passed', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, () => 'a: regions { code }').join(' ')} }`;
  // The same key at most 3 times in a selection: 3 pass, 4 do not, however often asked.
  expect(checkDocument({ query: aliased(3) }, 'POST')).toBeNull();
  for (let i = 0; i < 2; i++) expect(code(checkDocument({ query: aliased(4) }, 'POST'))).toBe('QUERY_TOO_COMPLEX');
  expect(checkDocument({ query: aliased(3) }, 'POST')).toBeNull();
});
