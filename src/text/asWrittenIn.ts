import { escapeRegExp } from './escapeRegExp';

/**
 * The piece of a report line, as the report writes it, that a normalised piece of the line stands
 * for: the report's own apostrophe (`'22.11~12.` → `’22.11~12.`), so that a reader finds it in the
 * report. The piece itself when the line does not hold it.
 *
 * @example
 * asWrittenIn('- 정규직 취업연계 지원 : ’22.11~12.', "'22.11~12."); // '’22.11~12.'
 */
export function asWrittenIn(line: string, piece: string): string {
  if (piece === '' || line.includes(piece)) return piece;
  const pattern = piece.split("'").map(escapeRegExp).join("['’‘`´]");
  return line.match(new RegExp(pattern))?.[0] ?? piece;
}
