/**
 * No import circle among the source files (issue 16): a module that imports, through any chain,
 * itself — type-only imports included: they vanish at run time, but a circle of them still ties
 * files that should stand in layers (object refs and shared types live in one module that imports
 * no type file: src/graphql/refs.ts, src/domain/discrepancyKinds.ts). Read by dpdm (a maintained
 * dependency analyser on TypeScript's own parser).
 * The same check from the shell: `npx dpdm --no-tree --no-warning --exit-code circular:1 'src/**\/*.ts' 'dashboard/**\/*.ts'`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

/** Every circle of imports, type-only ones included, among the files the globs name (paths relative to `cwd`). */
async function importCircles(cwd: string, globs: string[]): Promise<{ files: string[]; circles: string[][] }> {
  const tree = await parseDependencyTree(globs, { cwd, context: cwd, transform: false });
  return { files: Object.keys(tree), circles: parseCircular(tree) };
}

describe('imports', () => {
  it('finds a circle when there is one (the check itself)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-imports-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { c } from './c';\nexport const b = () => c;\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport const c = () => a;\n");
      fs.writeFileSync(path.join(dir, 'd.ts'), "import type { a } from './a';\nexport type D = typeof a;\n");
      fs.writeFileSync(path.join(dir, 'e.ts'), "import type { D } from './d';\nexport const e = 1;\nexport type E = D;\n");
      // A circle of type-only imports is a circle too.
      fs.writeFileSync(path.join(dir, 'f.ts'), "import type { G } from './g';\nexport type F = G | 1;\n");
      fs.writeFileSync(path.join(dir, 'g.ts'), "import type { F } from './f';\nexport type G = F[];\n");
      const { circles } = await importCircles(dir, ['*.ts']);
      expect(circles.map((c) => [...c].sort()).sort()).toEqual([
        ['a.ts', 'b.ts', 'c.ts'],
        ['f.ts', 'g.ts'],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no circle among the files of src/ and dashboard/', async () => {
    const { files, circles } = await importCircles(ROOT, ['src/**/*.ts', 'dashboard/**/*.ts']);
    expect(files.filter((f) => f.startsWith('src/')).length).toBeGreaterThan(100);
    expect(files.filter((f) => f.startsWith('dashboard/')).length).toBeGreaterThan(5);
    expect(circles).toEqual([]);
  });
});
