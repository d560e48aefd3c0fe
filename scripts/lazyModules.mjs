// @ts-check
import { fileURLToPath } from 'node:url';
/**
 * esbuild plugin that keeps Slack code the bot may never use out of start-up.
 *
 * Bolt's package root loads every receiver (Express, AWS Lambda, Socket Mode with undici and ws) and
 * the OAuth installer: about 150 ms and 10 MB at start-up, though a running bot uses one receiver and
 * never the installer. The plugin:
 * - resolves `import { App, LogLevel, HTTPReceiver, webApi } from '@slack/bolt'` in econ-bot's own
 *   sources to Bolt's `dist/App.js`, its HTTP receiver and `@slack/web-api`, which is all econ-bot
 *   imports from the package root at run time;
 * - leaves `@slack/socket-mode` and `@slack/oauth` out of the bundle: where Bolt requires them it gets
 *   a stand-in that loads the installed package (a production dependency, next to Bolt in
 *   node_modules) the first time a property is read. Socket Mode loads it when the app is built;
 *   HTTP mode never does, and then runs without node_modules at all;
 * - replaces pg's optional native binding `pg-native` (never installed, never used) with a module
 *   that says so if it is ever loaded;
 * - gives zod's `z.locales` only English, the one locale zod configures itself with: the other
 *   languages' messages (econ-bot writes its own Korean ones) were 370 kB of the 760 kB of zod that
 *   every start-up compiled.
 */

/** The project folder (this file is in scripts/): where the stand-ins resolve packages from, whatever the working directory. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Packages loaded from node_modules on first use instead of being bundled. */
export const LAZY_PACKAGES = ['@slack/socket-mode', '@slack/oauth'];

const BOLT_APP = '@slack/bolt/dist/App.js';
const BOLT_HTTP_RECEIVER = '@slack/bolt/dist/receivers/HTTPReceiver.js';

/**
 * The plugin for an ESM bundle (`format: 'esm'`, with a `require` made by createRequire) or a
 * CommonJS one (`'cjs'`, the start-up snapshot's script, whose own `require` loads built-ins only).
 * @param {'esm' | 'cjs'} format
 * @returns {import('esbuild').Plugin}
 */
export const lazyModulesFor = (format) => ({
  name: 'econ-lazy-modules',
  setup(build) {
    build.onResolve({ filter: /^@slack\/bolt$/ }, (args) =>
      args.importer.includes('/node_modules/') ? undefined : { path: 'bolt-app', namespace: 'econ-lazy' },
    );
    const lazy = new RegExp(`^(${LAZY_PACKAGES.map((name) => name.replace('/', '\\/')).join('|')})$`);
    build.onResolve({ filter: lazy }, (args) => ({ path: args.path, namespace: 'econ-lazy' }));
    // pg's optional native binding (used only through `pg.native`, which econ-bot never reads).
    build.onResolve({ filter: /^pg-native$/ }, () => ({ path: 'pg-native', namespace: 'econ-absent' }));
    // zod's locale index (re-exported as `z.locales` and `z.core.locales`): English only.
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[/\\]node_modules[/\\]zod[/\\]/.test(args.importer) ? { path: 'zod-locales', namespace: 'econ-lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'econ-absent' }, () => ({
      contents: "throw new Error('pg-native is not part of econ-bot: use pg, not pg.native');",
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'econ-lazy' }, (args) => ({
      contents: args.path === 'bolt-app' ? boltApp() : args.path === 'zod-locales' ? "export { default as en } from 'zod/v4/locales/en.js';\n" : standIn(args.path, format),
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
});

/** The plugin for the ESM bundles in dist/. */
export const lazyModules = lazyModulesFor('esm');

/**
 * The module `@slack/bolt` stands for in econ-bot's sources: App and LogLevel from Bolt's App.js,
 * the HTTP receiver econ-bot builds itself, and the Web API client namespace.
 */
function boltApp() {
  return [
    `import App from '${BOLT_APP}';`,
    'export { App };',
    `export { LogLevel } from '${BOLT_APP}';`,
    `import HTTPReceiver from '${BOLT_HTTP_RECEIVER}';`,
    'export { HTTPReceiver };',
    "export * as webApi from '@slack/web-api';",
    '',
  ].join('\n');
}

/**
 * A CommonJS module that behaves like `name` but requires the installed package (resolved from
 * Bolt's folder, as Bolt itself would) only when one of its properties is first read.
 * @param {string} name package name
 * @param {'esm' | 'cjs'} format the bundle's format: a CommonJS bundle finds Bolt from its own path
 */
function standIn(name, format) {
  const bolt = format === 'cjs' ? "createRequire(__filename).resolve('@slack/bolt')" : "require.resolve('@slack/bolt')";
  return `const { createRequire } = require('node:module');
let real;
const load = () => (real ??= createRequire(${bolt})(${JSON.stringify(name)}));
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
