// @ts-check
/**
 * `npm start` and the CLI scripts: `node scripts/start.mjs [entry] [args…]` rebuilds dist/ if it is
 * missing or older than any source (scripts/build.mjs, in this process), then runs
 * `dist/<entry>.js` (default `main`) in this same process. npm's child is therefore the bot itself,
 * so a signal sent to it reaches the bot: there is no shell, tsx or second node in between.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_INPUTS, ENTRY_POINTS, root, STAMP_FILE } from './build.mjs';

const [entry = 'main', ...args] = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
if (!ENTRY_POINTS.includes(entry)) {
  console.error(`unknown entry "${entry}": one of ${ENTRY_POINTS.join(', ')}`);
  process.exit(2);
}
if (isStale()) {
  const { build } = await import('./build.mjs');
  const { ms } = await build();
  console.error(`built dist/ in ${ms.toFixed(0)} ms`);
}
const script = path.join(root, 'dist', `${entry}.js`);
// The entry sees the arguments as if it had been started as `node dist/<entry>.js args…`.
process.argv = [process.argv[0] ?? process.execPath, script, ...args];
await import(pathToFileURL(script).href);

/** True when dist/ was never completely built or any build input changed after the last build. */
function isStale() {
  const built = newestMtime(path.join(root, STAMP_FILE));
  return built === 0 || BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/** Latest modification time of a file, or of a folder and anything under it; 0 if missing. */
function newestMtime(file) {
  const info = statSync(file, { throwIfNoEntry: false });
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  // A folder's own time changes when a file in it is added, removed or renamed.
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), info.mtimeMs);
}
