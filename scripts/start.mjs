// @ts-check
/**
 * `npm start` and the CLI scripts: `node scripts/start.mjs [entry] [args…]` rebuilds dist/ if it is
 * missing or older than any source (scripts/build.mjs, in this process), then runs
 * `dist/<entry>.js` (default `main`) in this same process. npm's child is therefore the bot itself,
 * so a signal sent to it reaches the bot: there is no shell, tsx or second node in between.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ENTRY_POINTS, isStale, root } from './build.mjs';

const [entry = 'main', ...args] = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
if (!ENTRY_POINTS.includes(entry)) {
  console.error(`unknown entry "${entry}": one of ${ENTRY_POINTS.join(', ')}`);
  process.exit(2);
}
if (isStale(root)) {
  const { ms } = await build();
  console.error(`built dist/ in ${ms.toFixed(0)} ms`);
}
const script = path.join(root, 'dist', `${entry}.js`);
// The entry sees the arguments as if it had been started as `node dist/<entry>.js args…`.
process.argv = [process.argv[0] ?? process.execPath, script, ...args];
await import(pathToFileURL(script).href);
