// @ts-check
/**
 * esbuild plugin that keeps Slack code the bot may never use from being evaluated at start-up.
 *
 * Bolt's package root loads every receiver (Express, AWS Lambda, Socket Mode with undici and ws) and
 * the OAuth installer, about 150 ms of start-up, though a running bot uses one receiver and never the
 * installer. The plugin:
 * - resolves `import { App, LogLevel } from '@slack/bolt'` in econ-bot's own sources to Bolt's
 *   `dist/App.js`, which is all econ-bot imports from the package root at run time;
 * - replaces `@slack/socket-mode` and `@slack/oauth`, wherever Bolt requires them, by a facade that
 *   loads the real module on first use: Socket Mode loads it when the app is built, HTTP mode never.
 */

/** Packages loaded on first property access instead of when first required. */
export const LAZY_PACKAGES = ['@slack/socket-mode', '@slack/oauth'];

const BOLT_APP = '@slack/bolt/dist/App.js';
const REAL = '?real';

/** @type {import('esbuild').Plugin} */
export const lazyModules = {
  name: 'econ-lazy-modules',
  setup(build) {
    build.onResolve({ filter: /^@slack\/bolt$/ }, (args) =>
      args.importer.includes('/node_modules/') ? undefined : { path: 'bolt-app', namespace: 'econ-lazy' },
    );
    build.onLoad({ filter: /^bolt-app$/, namespace: 'econ-lazy' }, () => ({
      contents: `import App from '${BOLT_APP}';\nexport { App };\nexport { LogLevel } from '${BOLT_APP}';\n`,
      resolveDir: process.cwd(),
      loader: 'js',
    }));

    const lazy = new RegExp(`^(${LAZY_PACKAGES.map((p) => p.replace('/', '\\/')).join('|')})(\\?real)?$`);
    build.onResolve({ filter: lazy }, async (args) => {
      if (args.pluginData === REAL) return undefined; // the resolution below: esbuild's own
      if (args.path.endsWith(REAL)) {
        const real = await build.resolve(args.path.slice(0, -REAL.length), { kind: args.kind, resolveDir: args.resolveDir, pluginData: REAL });
        return { path: real.path, errors: real.errors };
      }
      return { path: args.path, namespace: 'econ-lazy', pluginData: args.resolveDir };
    });
    build.onLoad({ filter: /.*/, namespace: 'econ-lazy' }, (args) => ({
      contents: facade(args.path),
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};

/** CommonJS module that behaves like `name` but requires it only when a property is first read. */
function facade(name) {
  return `let real;
const load = () => (real ??= require(${JSON.stringify(name + REAL)}));
module.exports = new Proxy({}, {
  get: (_, key) => (key === '__esModule' ? true : load()[key]),
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Object.getOwnPropertyDescriptor(load(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});
`;
}
