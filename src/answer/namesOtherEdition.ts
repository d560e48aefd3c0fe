import { compactText } from './compactText';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import type { Section } from '../model/section';
import { ordinals } from '../text/numberedWords';

/**
 * Whether a question asks about an edition (`제7회`) that the answer's source never names while it
 * names another edition of the same kind (`제6회`): the answer is about another year's event.
 *
 * @example
 * namesOtherEdition('제7회 서울혁신챌린지 예산', '- 대회명 : 제6회 서울혁신챌린지'); // true
 * namesOtherEdition('제6회 서울혁신챌린지 예산', '- 대회명 : 제6회 서울혁신챌린지'); // false
 */
export function namesOtherEdition(question: string, source: string): boolean {
  const asked = ordinals(question);
  if (asked.length === 0) return false;
  const said = new Set(ordinals(source));
  return asked.some((edition) => !said.has(edition) && [...said].some((other) => other.slice(-1) === edition.slice(-1)));
}

/**
 * The section an answer's first citation is in (its label, and the line within its lines), or
 * undefined when the citation names no report.
 *
 * @example
 * citedSection(kb, answer)?.programId; // the program the answer is from
 */
export function citedSection(kb: Knowledge, answer: Answer): Section | undefined {
  const cited = answer.citations[0];
  const parts = cited?.docId ? kb.library.parts.get(cited.docId) : undefined;
  return cited && parts ? parts.sections.find((s) => s.label === cited.section && s.firstLine <= cited.line && cited.line <= s.lastLine) : undefined;
}

/**
 * The text of the program an answer's first citation is in (all its sections), for checks that
 * need more than the answer's own lines.
 *
 * @example
 * programTextOf(kb, answer).includes('제6회 서울혁신챌린지'); // true
 */
export function programTextOf(kb: Knowledge, answer: Answer): string {
  const section = citedSection(kb, answer);
  const parts = section ? kb.library.parts.get(section.docId) : undefined;
  if (!section || !parts) return '';
  const program = parts.topProgram.get(section.id);
  if (!program) return section.normText;
  return parts.sections.filter((s) => parts.topProgram.get(s.id) === program).map((s) => `${s.title}\n${s.normText}`).join('\n');
}

/**
 * Whether the program an answer is from writes a word (spaces and case aside): a gloss or a
 * description the asker gave is the report's own when its program writes it.
 *
 * @example
 * programWrites(kb, answer)('스케일업'); // true for an answer from 캠퍼스타운 조성
 */
export function programWrites(kb: Knowledge, answer: Answer): (word: string) => boolean {
  const program = compactText(programTextOf(kb, answer)).toLowerCase();
  return (word) => program.includes(compactText(word).toLowerCase());
}
