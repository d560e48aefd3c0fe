// @ts-check
import { readFile } from 'node:fs/promises';
/**
 * esbuild plugin that writes every non-ASCII character of econ-bot's own sources, and of date-fns's
 * Korean locale, as a `\uXXXX` escape.
 *
 * esbuild escapes them in strings and templates but leaves them in regular expression literals, and
 * econ-bot's Korean grammar patterns are regular expressions. One such character makes V8 hold the
 * whole bundle's source as a two-byte string: 2.8 MB instead of 1.4 MB for the snapshot's script,
 * in the heap and again in the snapshot. An escape means the same character in a string, a template
 * (also under `String.raw`, whose text econ-bot only hands to `RegExp`) and a regular expression.
 * Lines keep their numbers, so source maps still name the right line (columns after a Korean
 * character move).
 * @type {import('esbuild').Plugin}
 */
export const asciiSources = {
  name: 'econ-ascii-sources',
  setup(build) {
    build.onLoad({ filter: /[/\\](src|intents)[/\\].*\.ts$/ }, async (args) => {
      if (/[/\\]node_modules[/\\]/.test(args.path)) return undefined;
      return { contents: escapeNonAscii(await readFile(args.path, 'utf8')), loader: 'ts' };
    });
    // Its regular expressions read Korean dates (econ-bot formats with it, and never parses).
    build.onLoad({ filter: /[/\\]date-fns[/\\]locale[/\\]ko[/\\].*\.c?js$/ }, async (args) => ({
      contents: escapeNonAscii(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

/**
 * `text` with every UTF-16 code unit above 0x7F written as `\uXXXX`.
 * @param {string} text
 * @example escapeNonAscii('/[가-힣]/') // '/[\\uac00-\\ud7a3]/'
 */
export function escapeNonAscii(text) {
  return text.replace(/[^\x00-\x7F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
