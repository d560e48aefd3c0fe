import { answerOf, citationOf, sectionCitation } from '../src/answer/compose';
import { MIN_MATCH, rankFacts } from '../src/answer/rankFacts';
import { askedYear } from '../src/answer/askedYear';
import { asOfLabel } from '../src/answer/asOfLabel';
import { namesNothingElse } from '../src/answer/namesNothingElse';
import type { BudgetFact } from '../src/model/budgetFact';
import type { HeadcountFact } from '../src/model/headcountFact';
import { describeHeadcount as describe } from '../src/render/describeFact';
import { describeAmount } from '../src/render/describeFact';
import { coverage, matchTerms } from '../src/answer/matchScore';
import type { Question } from '../src/answer/Question';
import { shortTitle } from '../src/facts/shortTitle';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { Section } from '../src/model/section';
import type { Intent } from './Intent';

const MOST = /가장|제일|젤|최고|최대|최다|1위|많은|많이|큰|높은/;
const LEAST = /최저|최소|적은|작은|낮은|꼴찌|꼴등/;
const COUNT = /몇\s*(?:개소|군데|곳|개(?!사|월))|개수|몇\s*개\s*야/;
const METRICS: [RegExp, string][] = [
  [/집행률|집행율/, '집행률'],
  [/지출/, '지출액'],
  [/원인행위/, '원인행위액'],
  [/예산|돈/, '예산현액'],
];

/** Questions across rows: `예산이 가장 많은 과`, `집행률 제일 낮은 과`, `취업사관학교 몇 군데`, `전체 예산`. */
export const aggregate: Intent = {
  name: 'aggregate',
  detect: (q) => ((MOST.test(q.text) || LEAST.test(q.text)) && /과|부서|곳|데|어디/.test(q.text)) || COUNT.test(q.text) || /(전체|총|합계|경제정책실).*(예산|예산현액|집행률|집행율|지출|원인행위)/.test(q.text),
  answer(kb, q) {
    if (COUNT.test(q.text)) return countFacilities(kb, q);
    const year = askedYear(q.text);
    if (year !== null && !kb.budgets.some((f) => f.ownerType === 'office' && f.year === year)) return null;
    // Across departments or for the whole office only: `서울큐브 총 예산` is about one program.
    if (!namesNothingElse(kb, q)) return null;
    const metric = METRICS.find(([words]) => words.test(q.text));
    const least = LEAST.test(q.text);
    if (/정원|현원|인력|직원|인원|결원/.test(q.text)) {
      const measures = {
        current: { label: '현원', of: (h: HeadcountFact) => h.current },
        quota: { label: '정원', of: (h: HeadcountFact) => h.quota },
        vacancy: { label: '결원(정원-현원)', of: (h: HeadcountFact) => h.quota - h.current },
      };
      const measure = /결원|빈\s*자리|부족/.test(q.text) ? measures.vacancy : /현원/.test(q.text) ? measures.current : measures.quota;
      const rows = kb.headcounts.filter((h) => h.department !== '경제정책실').sort((a, b) => measure.of(b) - measure.of(a));
      if (least) rows.reverse();
      const pick = rows[0]!;
      return answerOf(q, 'aggregate', {
        headline: `${measure.label}이 ${least ? '가장 적은' : '가장 많은'} 부서는 ${pick.department}입니다 (${measure.label} ${measure.of(pick)}명, ${describe(pick)}).`,
        details: rows.slice(1, 3).map((h) => `${h.department} ${measure.of(h)}명`),
        subject: pick.department,
        citations: [citationOf(pick.source)],
      });
    }
    if (!metric) return null;
    let kind = metric[1];
    if (kind === '집행률') kind = /원인행위/.test(q.text) ? '집행률(원인행위액)' : '집행률(지출액)';
    const rows = kb.budgets.filter((f) => f.kind === kind);
    const total = rows.find((f) => f.ownerType === 'office');
    const departments = rows.filter((f) => f.ownerType === 'department');
    if (!MOST.test(q.text) && !LEAST.test(q.text) && total) {
      const shown = kind.startsWith('집행률') && !/원인행위|지출/.test(q.text) ? kb.budgets.filter((f) => f.ownerType === 'office' && f.kind.startsWith('집행률')) : [total];
      return answerOf(q, 'aggregate', {
        headline: `경제정책실 전체 ${shown.map((f) => `${f.kind} ${describeAmount(f)}`).join(', ')} ${asOfLabel(kb)}`,
        subject: '경제정책실',
        citations: [citationOf(total.source)],
      });
    }
    const value = (f: BudgetFact) => f.percent ?? f.amountWon ?? 0;
    const sorted = [...departments].sort((a, b) => value(b) - value(a));
    if (least) sorted.reverse();
    const pick = sorted[0];
    if (!pick) return null;
    const both = kind.startsWith('집행률') ? kb.budgets.filter((f) => f.owner === pick.owner && f.kind.startsWith('집행률')) : [pick];
    return answerOf(q, 'aggregate', {
      headline: `${kind}이 ${least ? '가장 낮은(적은)' : '가장 높은(많은)'} 부서는 ${pick.owner}입니다: ${both.map((f) => `${f.kind} ${describeAmount(f)}`).join(', ')}`,
      details: sorted.slice(1, 3).map((f) => `${f.owner} ${describeAmount(f)}`),
      subject: pick.owner,
      citations: [citationOf(pick.source)],
    });
  },
};

/**
 * `취업사관학교 몇 군데`: the report's own count (`총 7개소`, `운영 중(3개소)`: the line that best
 * fits the question), with the places it lists. Without such a line, only the places found, never
 * a total of our own.
 */
function countFacilities(kb: Knowledge, q: Question): Answer | null {
  const program = programAsked(kb, q);
  if (!program) return null;
  const topic = matchTerms(q.typedTopic);
  const asked = q.text.replace(/\s+/g, '');
  const countLines = kb.sections
    .filter((s) => s.programId === program.id || s.id === program.id)
    .flatMap((s) => s.normText.split('\n').map((text, i) => ({ text: text.replace(/^[-□\s]+/, '').trim(), line: s.lineNumbers[i] ?? s.firstLine, s })))
    // A count of places (`7개소`), or of the very thing asked about (`3개 기술교육원`), not of courses or people.
    .filter((l) => /\d+\s*개소/.test(l.text) || [...l.text.matchAll(/\d+\s*개\s+([가-힣]{2,})/g)].some((m) => asked.includes(m[1]!)))
    .map((l) => {
      // `운영 중(3개소)` answers `운영 중인 … 몇 곳` better than `총 7개소`.
      const lead = l.text.split(/[(:：]/)[0]!.replace(/\s+/g, '');
      const echoed = lead.length >= 2 && asked.includes(lead) ? 1 : 0;
      return { ...l, score: coverage(topic, matchTerms(`${l.s.path.join(' ')} ${l.text}`)) + echoed };
    })
    .filter((l) => l.score > 0)
    .sort((a, b) => b.score - a.score || a.line - b.line);
  const places = kb.locations.filter((l) => l.programId === program.id);
  // Campus names share the program's name (`청년취업사관학교 영등포`): show only what differs.
  const shared = places.every((p) => p.name.includes(' ') && p.name.split(' ')[0] === places[0]!.name.split(' ')[0]);
  const names = places.length > 1 ? places.map((p) => (shared ? p.name.split(' ').slice(1).join(' ') : p.name)).join(', ') : '';
  const best = countLines[0];
  if (best) {
    return answerOf(q, 'aggregate', {
      headline: best.text,
      details: [...countLines.slice(1, 3).map((l) => l.text), ...(names ? [`위치가 나온 곳: ${names}`] : [])],
      subject: shortTitle(program.title),
      citations: [sectionCitation(best.s, best.line)],
    });
  }
  if (places.length === 0) return null;
  return answerOf(q, 'aggregate', {
    headline: `보고서에 위치가 나온 곳: ${names}`,
    subject: shortTitle(program.title),
    citations: places.slice(0, 2).map((p) => citationOf(p.source)),
  });
}

/** The program a question names, through the facts that mention it (locations first, then any). */
function programAsked(kb: Knowledge, q: Question): Section | undefined {
  const facts = [...kb.locations, ...kb.budgets, ...kb.milestones] as { programId: string | null; source: { sectionId: string } }[];
  const nameOf = (f: object) => ['name', 'owner', 'label'].map((k) => (k in f ? String((f as Record<string, unknown>)[k] ?? '') : '')).join(' ');
  const top = rankFacts(kb, q, facts, nameOf)[0];
  if (!top || top.score < MIN_MATCH || !top.fact.programId) return undefined;
  return kb.sectionById.get(top.fact.programId);
}
