// @ts-check
/**
 * Compiles econ-bot to dist/ with esbuild: one ESM bundle per entry point (the bot and each CLI) plus
 * shared chunks, with source maps so `node --enable-source-maps` shows .ts files and lines.
 *
 * Every dependency is bundled in, so dist/ runs with nothing from node_modules (production
 * dependencies are only needed to build). Bolt's unused receivers are not even evaluated (see
 * lazyModules.mjs). Run as `npm run build`, or imported by scripts/start.mjs, which builds only when
 * dist/ is missing or older than the sources.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asciiSources } from './asciiSources.mjs';
import { lazyModules, lazyModulesFor } from './lazyModules.mjs';

/** The project folder (this file is in scripts/). */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** What goes into dist/: `dist/<name>.js` from `src/<name>.ts`. */
export const ENTRY_POINTS = ['main', 'cli/ask', 'cli/facts', 'cli/eval', 'cli/digest', 'cli/diff', 'cli/bench', 'cli/benchStart'];

/** What the build reads: a change to any of them (or under them) makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'intents', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/lazyModules.mjs', 'scripts/asciiSources.mjs'];

/** The start-up snapshot `npm start` runs: the bot's code loaded and corpus/ built (src/snapshot.ts). */
export const SNAPSHOT_BLOB = 'dist/econ.blob';

/**
 * V8 flags the snapshot is built with. A snapshot only starts under the flags it was built with, so
 * `npm start` passes exactly these (a test checks package.json). `--no-allocation-site-pretenuring`:
 * the corpus build keeps what it allocates, so V8 would otherwise move allocation sites the build
 * shares with answering to the old generation, and every answer's garbage would then cost slow
 * scavenges (warm p99 3.2 → 1.6 ms and RSS growth over 10,000 questions 7.2 → 4.8% with 10 reports,
 * measured with `npm run bench`).
 */
export const SNAPSHOT_FLAGS = ['--optimize-for-size', '--no-allocation-site-pretenuring'];

/** Written last, so an interrupted build is never taken for a complete one. */
export const STAMP_FILE = 'dist/.built';

// Bundled CommonJS packages (Bolt and its dependencies) require Node's built-in modules.
const REQUIRE_SHIM = "import { createRequire as __econCreateRequire } from 'node:module'; const require = __econCreateRequire(import.meta.url);";

/** @type {import('esbuild').BuildOptions} */
const OPTIONS = {
  absWorkingDir: root,
  entryPoints: Object.fromEntries(ENTRY_POINTS.map((name) => [name, `src/${name}.ts`])),
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  banner: { js: REQUIRE_SHIM },
  plugins: [lazyModules, asciiSources],
  logLevel: 'warning',
};

/**
 * The snapshot's script: one CommonJS file (a snapshot holds a single script), everything bundled
 * in, `import.meta.url` answered from the bundle's own path.
 * @type {import('esbuild').BuildOptions}
 */
const SNAPSHOT_OPTIONS = {
  absWorkingDir: root,
  entryPoints: ['src/snapshot.ts'],
  outfile: 'dist/snapshot.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  define: { 'import.meta.url': '__econ_import_meta_url' },
  // V8 keeps the script's source for the process's life, in the heap and in the snapshot: minified it
  // is 1.4 MB instead of 2.4 MB. Names are kept (logs and errors read them); stack traces are
  // mapped back to the .ts files by the source map.
  minify: true,
  keepNames: true,
  banner: { js: "var __econ_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyModulesFor('cjs'), asciiSources],
  logLevel: 'warning',
};

/**
 * Bundles every entry point and builds the start-up snapshot into `dir`'s dist/ (default: this
 * project), replacing what was there only when the build succeeds.
 * @param {string} [dir] the project folder
 * @returns {Promise<{ ms: number }>}
 */
export async function build(dir = root) {
  const started = performance.now();
  const esbuild = await import('esbuild');
  const dist = path.join(dir, 'dist');
  const next = path.join(dir, 'dist.next');
  const old = path.join(dir, 'dist.old');
  await rm(next, { recursive: true, force: true });
  try {
    await esbuild.build({ ...OPTIONS, absWorkingDir: dir, outdir: 'dist.next' });
    await esbuild.build({ ...SNAPSHOT_OPTIONS, absWorkingDir: dir, outfile: 'dist.next/snapshot.cjs' });
  } finally {
    await esbuild.stop(); // its service process would otherwise live on beside the bot
  }
  // The new bundles replace dist/ only once they are built. The snapshot is built in place (it keeps
  // its script's path); if that fails, the previous dist/ is put back.
  await rm(old, { recursive: true, force: true });
  await rename(dist, old).catch(() => undefined);
  await rename(next, dist);
  try {
    buildSnapshot(dir);
  } catch (error) {
    await rm(dist, { recursive: true, force: true });
    await rename(old, dist).catch(() => undefined);
    throw error;
  }
  await writeFile(path.join(dir, STAMP_FILE), `${JSON.stringify({ builtAt: new Date().toISOString(), ...buildSettings(dir) })}\n`);
  await rm(old, { recursive: true, force: true });
  return { ms: performance.now() - started };
}

/**
 * Runs dist/snapshot.cjs in a snapshot-building node, which writes dist/econ.blob.
 * @param {string} [dir] the project folder
 */
function buildSnapshot(dir = root) {
  const args = [...SNAPSHOT_FLAGS, '--snapshot-blob', SNAPSHOT_BLOB, '--build-snapshot', 'dist/snapshot.cjs'];
  // --no-warnings: Node warns that it has not verified `node:module` in snapshots; the snapshot only
  // keeps a reference to its SourceMap class, used after start-up to map stack traces.
  const result = spawnSync(process.execPath, ['--no-warnings', ...args], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`building ${SNAPSHOT_BLOB} failed (exit ${result.status ?? result.signal})`);
}

/**
 * True when `dir`'s dist/ was never completely built, or a build input (any file or folder under
 * them) changed after the last build.
 * @param {string} dir the project folder
 */
export function isStale(dir) {
  const built = newestMtime(path.join(dir, STAMP_FILE));
  if (built === 0 || stampedSettings(dir) !== JSON.stringify(buildSettings(dir))) return true;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(dir, input)) > built);
}

/**
 * What the snapshot depends on beyond the sources: the folder it was built in (it holds that
 * folder's paths), and the Node version, architecture and NODE_OPTIONS it was built under (a
 * snapshot starts only under the V8 it was built with). A change to any of them makes dist/ stale.
 * @param {string} dir the project folder
 */
export function buildSettings(dir) {
  return { root: realpathSync(path.resolve(dir)), node: process.version, arch: process.arch, nodeOptions: process.env.NODE_OPTIONS ?? '' };
}

/**
 * The settings dist/ was built with, from its stamp (as `buildSettings` writes them), or null.
 * @param {string} dir the project folder
 * @returns {string | null}
 */
function stampedSettings(dir) {
  try {
    const { root: builtRoot, node, arch, nodeOptions } = JSON.parse(readFileSync(path.join(dir, STAMP_FILE), 'utf8'));
    return JSON.stringify({ root: builtRoot, node, arch, nodeOptions });
  } catch {
    return null;
  }
}

/**
 * Latest modification time of a file, or of a folder and anything under it; 0 if missing.
 * @param {string} file
 * @returns {number}
 */
function newestMtime(file) {
  const info = statSync(file, { throwIfNoEntry: false });
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  // A folder's own time changes when a file in it is added, removed or renamed.
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), info.mtimeMs);
}

// `node scripts/build.mjs --if-stale` (npm start) builds only when dist/ is missing or stale.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !(process.argv.includes('--if-stale') && !isStale(root))) {
  build().then(
    ({ ms }) => console.error(`built dist/ in ${ms.toFixed(0)} ms`),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
