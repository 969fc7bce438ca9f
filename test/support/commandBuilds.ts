/**
 * The commands the tests start as processes (the server, the importer, the keys and generate
 * commands, the lock test's contender), built once per run with esbuild from the same sources (issue 16): started through
 * tsx, every process transformed its TypeScript again — most of an importer's `--help`, and much
 * of a server's start. globalSetup builds them (`buildCommands`); a test starts one with
 * `commandArgs('src/server.ts')` (test/support/process.ts) after `process.execPath`.
 *
 * What a process sees is what it sees when started on the source: each module's `import.meta.url`
 * is its source file's URL (the migrations, the dashboard, the reading threads' worker are found
 * next to the sources as before), the packages load from node_modules (left out of the build),
 * as does the generated Prisma client, dynamic imports stay lazy (one chunk each), and the
 * command line (`process.argv[1]`, which a data directory's lock records) names the source file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { isRunning } from '../../src/db/lock';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The commands the tests start, as paths from the repository's root (and the lock test's contender, test/support/lockContender.ts). */
export const COMMANDS = [
  'src/server.ts',
  'src/cli/import.ts',
  'src/cli/keys.ts',
  'src/cli/generate.ts',
  'test/support/lockContender.ts',
] as const;
export type Command = (typeof COMMANDS)[number];

/** Where each command's build starts: a file that names the source in argv, then imports the built entry. */
export type CommandBuilds = Record<Command, string>;

declare module 'vitest' {
  export interface ProvidedContext {
    commandBuilds: CommandBuilds;
  }
}

/** Each source module keeps its own `import.meta.url`; the generated Prisma client stays the files `prisma generate` wrote. */
const asOnSource: Plugin = {
  name: 'as-on-source',
  setup(b) {
    const generated = path.join(ROOT, 'src', 'generated') + path.sep;
    b.onResolve({ filter: /generated\/prisma/ }, async (args) => {
      if (args.pluginData === 'as-on-source') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'as-on-source' });
      if (resolved.errors.length || !resolved.path.startsWith(generated)) return undefined;
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(path.join(ROOT, 'src') + path.sep)) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/** A run's builds are in node_modules/.cache/jixiao-test-commands-<pid of the run's vitest>. */
const BUILDS_PREFIX = 'jixiao-test-commands-';

/** Removes the builds of runs that ended without their teardown (killed, or a worker lost): their vitest no longer runs. */
function removeLeftovers(cache: string): void {
  for (const name of fs.readdirSync(cache)) {
    const pid = name.startsWith(BUILDS_PREFIX) ? Number(name.slice(BUILDS_PREFIX.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      fs.rmSync(path.join(cache, name), { recursive: true, force: true });
  }
}

/**
 * Builds every command into a folder of this run under node_modules/.cache (inside the repository,
 * so that the packages the builds import resolve as from the sources); returns where each starts
 * and how to remove them.
 */
export async function buildCommands(): Promise<{ builds: CommandBuilds; remove: () => void }> {
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  removeLeftovers(cache);
  const dir = path.join(cache, `${BUILDS_PREFIX}${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  const entryNames = Object.fromEntries(COMMANDS.map((c) => [c.replace(/\.ts$/, '').replaceAll('/', '-'), c]));
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(entryNames).map(([name, source]) => [name, path.join(ROOT, source)])),
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Class and function names as on the source (error names, logs), not renamed apart in one bundle.
    keepNames: true,
    outExtension: { '.js': '.mjs' },
    plugins: [asOnSource],
    logLevel: 'warning',
  });
  const builds = {} as CommandBuilds;
  for (const [name, source] of Object.entries(entryNames)) {
    const start = path.join(dir, `${name}.start.mjs`);
    fs.writeFileSync(
      start,
      `process.argv[1] = ${JSON.stringify(path.join(ROOT, source))};\nawait import(${JSON.stringify(`./${name}.mjs`)});\n`,
    );
    builds[source as Command] = start;
  }
  return { builds, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
