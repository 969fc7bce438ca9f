/** `npm run schema`: writes schema/schema.graphql from the Pothos schema (a test fails when it is stale). */
import fs from 'node:fs';
import { printedSchema } from '../src/graphql/printSchema';

fs.mkdirSync('schema', { recursive: true });
fs.writeFileSync('schema/schema.graphql', printedSchema());
console.log('wrote schema/schema.graphql');
