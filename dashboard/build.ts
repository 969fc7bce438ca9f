/**
 * Builds the dashboard into dashboard/dist (index.html, app.js, app.css) with esbuild: one bundle,
 * ECharts tree-shaken, nothing loaded from the net. `npm run build:dashboard`; `npm start` runs it first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const DASHBOARD_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = path.join(DASHBOARD_DIR, 'dist');

export async function buildDashboard(options: { minify?: boolean } = {}): Promise<void> {
  const started = Date.now();
  // Built beside dist, then swapped in, so that a running server never serves half a build. A
  // folder of this build's own: two builds may run at once (test files of one process, in threads).
  const outdir = fs.mkdtempSync(`${DIST_DIR}.build-`);
  const result = await build({
    entryPoints: { app: path.join(DASHBOARD_DIR, 'src', 'main.ts') },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: options.minify ?? true,
    sourcemap: true,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    tsconfig: path.join(DASHBOARD_DIR, 'tsconfig.json'),
  });
  fs.copyFileSync(path.join(DASHBOARD_DIR, 'index.html'), path.join(outdir, 'index.html'));
  swapIn(outdir);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  if (!process.env.VITEST) {
    console.log(
      `dashboard built in ${Date.now() - started} ms: ${path.relative(process.cwd(), DIST_DIR)} (${Math.round(bytes / 1024)} KiB)`,
    );
  }
}

/**
 * Puts a finished build in dist's place. Where another build swapped its own in meanwhile (dist
 * there again when this one renames), that one is kept: both are of the same sources.
 */
function swapIn(outdir: string): void {
  const previous = `${outdir}.previous`;
  try {
    fs.renameSync(DIST_DIR, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    fs.renameSync(outdir, DIST_DIR);
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    fs.rmSync(previous, { recursive: true, force: true });
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Whether dist is missing or older than any source file. */
export function dashboardStale(): boolean {
  const built = path.join(DIST_DIR, 'app.js');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const sources = [path.join(DASHBOARD_DIR, 'index.html'), path.join(DASHBOARD_DIR, 'build.ts')];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else sources.push(file);
    }
  };
  walk(path.join(DASHBOARD_DIR, 'src'));
  return sources.some((file) => fs.statSync(file).mtimeMs > builtAt);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildDashboard().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
