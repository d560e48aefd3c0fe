import { askedMonth } from '../dates/askedMonth';
import { askedYear } from '../dates/askedYear';
import { statedYears, statesOtherYear } from '../dates/statedYears';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Section } from '../model/section';
import { reportYearOf } from '../reports/reportOf';
import { otherQuarters, quarters } from '../text/numberedWords';
import type { SectionMatch } from './matchState';
import type { Question } from './Question';
import { relativeYear } from './relativeYear';

/**
 * For a question's passage search, read once per question: for one section, whether a line of it
 * (by index) is about another period than the one asked, and so answers nothing.
 *
 * - `22년 취업률`, `내년 성장률`: a line whose figures are stated for another year (`'21년 … 58.4%`).
 *   A line naming no year is about its report's own year: it answers no other (`작년 예산`);
 *   `내년`/`작년` count from the year of the line's report. A month asked without a year (`8월 한 달
 *   매출`) is of the report's year: never last year's figures.
 * - `2분기 선정 과제`: a line naming only other quarters, itself or in a bullet it hangs under (`1분기
 *   … 선정(10건)` and the sub-bullets below it).
 *
 * @example
 * otherPeriodIn(kb, q)(section, match)(index, text); // true for `1분기 …`, asked `2분기`
 */
export function otherPeriodIn(kb: Knowledge, q: Question): (section: Section, match: SectionMatch) => (index: number, text: string) => boolean {
  const [explicitYear, offset, monthAsked, quartersAsked] = [askedYear(q.text), relativeYear(kb, q.text), askedMonth(q.text), quarters(q.text)];
  return (section, match) => inSection(kb, section, match, { explicitYear, offset, monthAsked, quartersAsked });
}

/** `otherPeriodIn` for one section, with what the question asks. */
function inSection(kb: Knowledge, section: Section, match: SectionMatch, asked: { explicitYear: number | null; offset: number | null; monthAsked: number | null; quartersAsked: string[] }): (index: number, text: string) => boolean {
  const { explicitYear, offset, monthAsked, quartersAsked } = asked;
  const otherQuarter = (index: number, text: string) => {
    if (quartersAsked.length === 0) return false;
    // The line's own quarters, else those of the nearest bullet above it naming any.
    let said = quarters(text);
    for (const i of match.lines[index]?.above ?? []) {
      if (said.length) break;
      said = quarters(match.lines[i]!.text);
    }
    return otherQuarters(quartersAsked, said);
  };
  if (explicitYear === null && offset === null && monthAsked === null) return otherQuarter;
  const reportYear = reportYearOf(kb, section.docId);
  const year = explicitYear ?? reportYear + (offset ?? 0);
  const titleYears = statedYears(section.path.join(' '));
  return (index, text) => otherQuarter(index, text) || statesOtherYear(text, year) || (year !== reportYear && !statedYears(text).includes(year) && !titleYears.includes(year));
}
