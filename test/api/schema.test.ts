/** The committed SDL is the schema the server runs: regenerate with `npm run schema` when this fails. */
import fs from 'node:fs';
import { buildSchema, GraphQLObjectType, GraphQLInterfaceType } from 'graphql';
import { expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/printSchema';

it('schema/schema.graphql is current', () => {
  expect(fs.readFileSync('schema/schema.graphql', 'utf8')).toBe(printedSchema());
});

it('documents every type and field for analysts', () => {
  const schema = buildSchema(printedSchema());
  const undocumented: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) undocumented.push(type.name);
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
      for (const field of Object.values(type.getFields())) {
        if (
          !field.description &&
          !['edges', 'node', 'cursor', 'pageInfo', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', 'id'].includes(field.name)
        ) {
          undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
  }
  expect(undocumented).toEqual([]);
});
