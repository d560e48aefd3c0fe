import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapping } from 'node:module';
import path from 'node:path';

/**
 * Makes stack traces name the `.ts` file and line for code from `bundle` (with `bundle.map` beside
 * it), as `--enable-source-maps` does for scripts Node loads itself. The start-up snapshot needs
 * this: its code was compiled before the process started, so Node never saw its source map. The map
 * is read the first time a stack trace is formatted.
 *
 * @example
 * mapStackTraces(__filename); // new Error().stack → "at main (…/src/main.ts:12:3)"
 */
export function mapStackTraces(bundle: string): void {
  let map: SourceMap | null | undefined;
  const sourceMap = () => {
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
      } catch {
        map = null; // no map: frames keep the bundle's lines
      }
    }
    return map;
  };
  const where = (frame: NodeJS.CallSite): string => {
    const [line, column] = [frame.getLineNumber(), frame.getColumnNumber()];
    const found = frame.getFileName() === bundle && line !== null && column !== null ? sourceMap()?.findEntry(line - 1, column - 1) : undefined;
    const entry = found && 'originalSource' in found ? (found as SourceMapping) : null;
    if (!entry?.originalSource) return String(frame);
    const source = path.resolve(path.dirname(bundle), entry.originalSource);
    return `${frame.getFunctionName() ?? '<anonymous>'} (${source}:${entry.originalLine + 1}:${entry.originalColumn + 1})`;
  };
  Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) =>
    [Error.prototype.toString.call(error), ...frames.map((frame) => `    at ${where(frame)}`)].join('\n');
}
