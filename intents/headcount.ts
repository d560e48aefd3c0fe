import { answerOf, citationOf } from '../src/answer/compose';
import type { HeadcountFact } from '../src/model/headcountFact';
import type { Intent } from './Intent';

const ASKS = /정원|현원|인력|직원|TO|티오|여직원|공무원/i;
/** `몇 명` alone is about people in a program (참여 인원) unless a department is named. */
const HOW_MANY = /몇\s*명|인원|사람|여성/;

function describe(h: HeadcountFact): string {
  return `정원 ${h.quota}명 / 현원 ${h.current}명`;
}

/** Headcount questions: `금융투자과 정원`, `경제정책실 전체 인력`. */
export const headcount: Intent = {
  name: 'headcount',
  detect: (q) => ASKS.test(q.text) || (HOW_MANY.test(q.text) && q.department !== null),
  answer(kb, q) {
    const wholeOffice = /경제정책실|전체|총|합계|모두|다\s*합/.test(q.text);
    if (!q.department && !wholeOffice) return null;
    const row = kb.headcounts.find((h) => h.department === (q.department ?? '경제정책실'));
    if (!row) return null;
    const jobs = Object.entries(row.byJobType).map(([job, v]) => `${job} ${v.quota}/${v.current}`);
    return answerOf(q, 'headcount', {
      headline: `${row.department}: ${describe(row)} ('22.8.29. 기준)`,
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
