import { shortTitle } from '../facts/shortTitle';
import type { Knowledge } from '../knowledge/Knowledge';
import { namedWords } from './followUp';

/** Roman numerals as the report's numbering writes them, in their one-character forms too (`Ⅳ`). */
const ROMAN: Readonly<Record<string, string>> = { Ⅰ: 'I', Ⅱ: 'II', Ⅲ: 'III', Ⅳ: 'IV', Ⅴ: 'V' };

/** A section number as staff copy it from a citation or the report (`Ⅳ-1 ②`, `IV-2-⑦`, `Ⅳ-5 ① `). */
const REFERENCE = /(?<![A-Za-z])(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|IV|III|II|I|V)\s*[-.]\s*(\d{1,2})(?:\s*[-.]?\s*([①-⑳]))?(?:\s*[-.]?\s*([①-⑳]))?/g;

/**
 * The question with each program's section number (`Ⅳ-1 ② 소요예산`, as the answers cite it) read
 * as the names of the program it numbers (`서울형 청년인턴 직무캠프 소요예산`), or dropped when the
 * question names what it asks about itself; a chapter's number (`Ⅳ-1`) or one the reports lack stays as typed.
 *
 * @example
 * withSectionNames(kb, 'Ⅳ-1 ② 사업개요 소요예산'); // '서울형 청년인턴 직무캠프 사업개요 소요예산'
 */
export function withSectionNames(kb: Knowledge, text: string): string {
  if (!/[ⅠⅡⅢⅣⅤIV]\s*[-.]\s*\d/.test(text)) return text;
  return text.replace(REFERENCE, (written: string, roman: string, chapter: string, program?: string, item?: string) => {
    if (!program) return written;
    const label = [ROMAN[roman] ?? roman, chapter, program, ...(item ? [item] : [])].join('-');
    const section = kb.sections.find((s) => s.label === label && (s.kind === 'program' || s.kind === 'item'));
    if (!section) return written;
    // The question naming what it asks about itself (`Ⅳ-5 ① 서울시민 안심일자리 …`), the number only says where.
    const rest = text.replace(written, ' ');
    if (namedWords(kb, rest).length > 0) return ' ';
    return ` ${namedWords(kb, shortTitle(section.title)).join(' ')} `;
  });
}
