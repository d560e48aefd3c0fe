/**
 * Turns the typographic apostrophes the report uses for abbreviated years (`’22.3.`) into a plain
 * `'`, and markdown emphasis (`**…**`) left by the OCR into plain text.
 *
 * @example
 * normalizeQuotes('완료 (’22.4.)'); // "완료 ('22.4.)"
 */
export function normalizeQuotes(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/\*\*/g, '');
}
