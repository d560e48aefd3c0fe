import type { Readable } from 'node:stream';

/**
 * Yields the lines of a UTF-8 stream split on `\n` only: a trailing `\r` (CRLF files) is dropped, but
 * a lone `\r` inside a line stays part of it (readline would break the line there, and `ask --json`
 * would then print more answers than it was given questions). A last line without `\n` is yielded
 * too; nothing is yielded after a final `\n`.
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let pending = '';
  for await (const chunk of input as AsyncIterable<string>) {
    pending += chunk;
    let start = 0;
    for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n', start)) {
      yield stripCr(pending.slice(start, newline));
      start = newline + 1;
    }
    pending = pending.slice(start);
  }
  if (pending !== '') yield stripCr(pending);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
