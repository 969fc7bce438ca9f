/**
 * A process of test/domain/remembered.test.ts (a small heap to look through): twenty texts of a
 * million characters, a cut of each remembered with an answer that holds it, then how many strings
 * of a MiB or more the heap still holds (a snapshot: what is reachable) and what an answer kept.
 */
import v8 from 'node:v8';
import { remembered } from '../../src/domain/remembered';

const held = remembered((text: string) => ({ text }));
// In a function of its own, whose frame is gone once it returns (the module's would still hold the last text).
function rememberCuts(): void {
  for (let i = 0; i < 20; i++)
    held(
      String(i)
        .padEnd(1 << 20, '文')
        .slice(0, 30),
    );
}
rememberCuts();

let json = '';
for await (const chunk of v8.getHeapSnapshot()) json += String(chunk);
const { snapshot, nodes } = JSON.parse(json) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
const fields = snapshot.meta.node_fields;
const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
const stringType = snapshot.meta.node_types[0].indexOf('string');
let large = 0;
for (let n = 0; n < nodes.length; n += fields.length) if (nodes[n + type] === stringType && nodes[n + size]! >= 1 << 20) large += 1;

process.stdout.write(JSON.stringify({ large, kept: held('19'.padEnd(30, '文')).text }));
