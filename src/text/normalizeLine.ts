import { joinSpacedLetters } from './joinSpacedLetters';
import { normalizeQuotes } from './normalizeQuotes';

/**
 * The form of a report line used for parsing and matching: quotes and emphasis normalised,
 * spaced-out cells joined, known OCR misreadings corrected. Raw lines are kept for display.
 *
 * @example
 * normalizeLine('바 이 오 시 산 업 과\t94,482', fix); // '바이오AI산업과\t94,482'
 */
export function normalizeLine(raw: string, correct: (text: string) => string): string {
  return correct(joinSpacedLetters(normalizeQuotes(raw)));
}
