/** The schema as SDL, exactly as committed in schema/schema.graphql. */
import { printSchema } from 'graphql';
import { schema } from './schema';

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}
