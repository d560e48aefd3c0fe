import { answerOf, citationOf } from '../src/answer/compose';
import { MIN_MATCH, rankFacts } from '../src/answer/rankFacts';
import { askedYear } from '../src/answer/askedYear';
import { asOfLabel } from '../src/answer/asOfLabel';
import { namesNothingElse } from '../src/answer/namesNothingElse';
import type { BudgetFact } from '../src/model/budgetFact';
import type { HeadcountFact } from '../src/model/headcountFact';
import { describeHeadcount as describe } from '../src/render/describeFact';
import { describeAmount } from '../src/render/describeFact';
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

function countFacilities(kb: Parameters<Intent['answer']>[0], q: Parameters<Intent['answer']>[1]) {
  const ranked = rankFacts(kb, q, kb.locations, (l) => l.name);
  const top = ranked[0];
  if (!top || top.score < MIN_MATCH) return null;
  const places = ranked.filter((r) => r.fact.programId === top.fact.programId && r.fact.source.line >= top.fact.source.line - 10 && r.score >= top.score - 0.2).map((r) => r.fact);
  const program = top.fact.programId ? kb.sectionById.get(top.fact.programId) : undefined;
  const countLine = program
    ? kb.sections.filter((s) => s.programId === program.id).flatMap((s) => s.normText.split('\n')).find((l) => /\d+\s*개소/.test(l))
    : undefined;
  return answerOf(q, 'aggregate', {
    headline: `보고서에 나온 곳은 ${places.length}개입니다: ${places.map((p) => p.name.split(' ').pop()).join(', ')}`,
    details: countLine ? [countLine.replace(/^[-□\s]+/, '').trim()] : [],
    subject: program?.title ?? null,
    citations: places.slice(0, 2).map((p) => citationOf(p.source)),
  });
}
