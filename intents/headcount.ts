import { answerOf, citationOf, notFound } from '../src/answer/compose';
import { MESSAGES } from '../src/answer/messages';
import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import { asOfLabel } from '../src/answer/asOfLabel';
import { newestReport } from '../src/reports/reportOf';
import { namesNothingElse } from '../src/answer/namesNothingElse';
import { describeHeadcount as describe } from '../src/render/describeFact';
import type { Intent } from './Intent';

/** Headcount questions: `금융투자과 정원`, `경제정책실 전체 인력`. */
export const headcount: Intent = {
  name: 'headcount',
  // `몇 명` alone is about people in a program (참여 인원) unless a department or the office is named.
  detect: (q, kb) => {
    const words = kb.lexicon.intent('headcount');
    // `과학관 관람객수 몇명` counts visitors, not the staff of the unit named.
    if (words.cue('otherPeople').test(q.text)) return false;
    const namesUnit = q.department !== null || kb.documents.some((d) => q.text.includes(d.office));
    return words.asks(q.text) || (words.cue('howMany').test(q.text) && namesUnit);
  },
  answer(kb, q) {
    // Without a department, only the office as a whole: `캠퍼스타운 전체 인력` is not the office's staff.
    const office = kb.documents.find((d) => q.text.includes(d.office))?.office ?? newestReport(kb).office;
    const namesOffice = q.text.includes(office) || kb.lexicon.intent('headcount').cue('whole').test(q.text);
    // What a row itself breaks down (its job types, its women: `경제정책실 여직원 몇명`) names nothing else.
    const breakdown = [...kb.headcounts.flatMap((h) => Object.keys(h.byJobType)), ...kb.lexicon.intent('headcount').cue('howMany').words];
    const wholeOffice = namesOffice && namesNothingElse(kb, q, breakdown);
    // `문화본부 인력 현황`: the staff of a unit the report does not have are not in it (never a table row of `문화`).
    if (!q.department && !wholeOffice && namesOtherUnit(kb, q)) return notFound(kb, q, 'headcount', MESSAGES.nothingAbout(q.topic));
    if (!q.department && !wholeOffice) return null;
    const row = kb.headcounts.find((h) => h.department === (q.department ?? office));
    if (!row) return null;
    const jobs = Object.entries(row.byJobType).map(([job, v]) => `${job} ${v.quota}/${v.current}`);
    return answerOf(q, 'headcount', {
      headline: `${row.department}: ${describe(row)} ${asOfLabel(kb, row.source.docId)}`,
      details: [
        ...(jobs.length ? [`직렬별(정원/현원): ${jobs.join(', ')}`] : []),
        ...(row.women !== null ? [`여성 ${row.women}명`] : []),
        ...(row.note ? [`주: ${row.note}`] : []),
      ],
      subject: row.department,
      fields: [
        { label: '정원', value: `${row.quota}명` },
        { label: '현원', value: `${row.current}명` },
        ...Object.entries(row.byJobType).map(([job, v]) => ({ label: job, value: `${v.quota}/${v.current}` })),
      ],
      citations: [citationOf(row.source)],
    });
  },
};

/** Whether the question names an organisational unit (`…본부`, `…국`, `…실`) the report never writes. */
function namesOtherUnit(kb: Knowledge, q: Question): boolean {
  const ends = kb.lexicon.departments.unitEnds;
  return q.text.split(/\s+/).some((word) => ends.some((end) => word.endsWith(end) && word.length - end.length >= 2) && !kb.vocabulary.has(word.toLowerCase()));
}
