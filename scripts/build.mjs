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
import { readdirSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lazyModules } from './lazyModules.mjs';

/** The project folder (this file is in scripts/). */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** What goes into dist/: `dist/<name>.js` from `src/<name>.ts`. */
export const ENTRY_POINTS = ['main', 'cli/ask', 'cli/facts', 'cli/eval', 'cli/digest', 'cli/diff', 'cli/bench', 'cli/benchStart'];

/** What the build reads: a change to any of them (or under them) makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'intents', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/lazyModules.mjs'];

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
  plugins: [lazyModules],
  logLevel: 'warning',
};

/**
 * Bundles every entry point into dist/ (replacing what was there).
 * @returns {Promise<{ ms: number }>}
 */
export async function build() {
  const started = performance.now();
  const esbuild = await import('esbuild');
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
  try {
    await esbuild.build(OPTIONS);
  } finally {
    await esbuild.stop(); // its service process would otherwise live on beside the bot
  }
  await writeFile(path.join(root, STAMP_FILE), `${new Date().toISOString()}\n`);
  return { ms: performance.now() - started };
}

/**
 * True when `dir`'s dist/ was never completely built, or a build input (any file or folder under
 * them) changed after the last build.
 * @param {string} dir the project folder
 */
export function isStale(dir) {
  const built = newestMtime(path.join(dir, STAMP_FILE));
  return built === 0 || BUILD_INPUTS.some((input) => newestMtime(path.join(dir, input)) > built);
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().then(
    ({ ms }) => console.error(`built dist/ in ${ms.toFixed(0)} ms`),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
