import { answerOf, citationOf, sectionCitation } from '../src/answer/compose';
import { MIN_MATCH, rankFacts } from '../src/answer/rankFacts';
import { askedYear } from '../src/dates/askedYear';
import { relativeYear } from '../src/answer/relativeYear';
import { reportYearOf } from '../src/reports/reportOf';
import { asOfLabel } from '../src/answer/asOfLabel';
import { namesNothingElse } from '../src/answer/namesNothingElse';
import type { BudgetFact } from '../src/model/budgetFact';
import type { HeadcountFact } from '../src/model/headcountFact';
import { describeHeadcount as describe } from '../src/render/describeFact';
import { describeAmount } from '../src/render/describeFact';
import { coverage } from '../src/answer/matchScore';
import type { Question } from '../src/answer/Question';
import { shortTitle } from '../src/facts/shortTitle';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { Section } from '../src/model/section';
import { countedBefore, countedNouns, countedThing, countsPlaces } from '../src/text/valueShapes';
import { asksCompanies } from '../src/text/grammar';
import type { Intent } from './Intent';
import type { IntentWords } from '../src/lexicon/Lexicon';

/** Questions across rows: `예산이 가장 많은 과`, `집행률 제일 낮은 과`, `취업사관학교 몇 군데`, `전체 예산`. */
export const aggregate: Intent = {
  name: 'aggregate',
  detect: (q, kb) => {
    const words = kb.lexicon.intent('aggregate');
    const cue = (name: string) => words.cue(name).test(q.text);
    const whole = cue('whole') || kb.documents.some((d) => q.text.includes(d.office));
    return words.asks(q.text) || ((cue('most') || cue('least')) && cue('which')) || cue('count') || (whole && cue('totalOf'));
  },
  answer(kb, q) {
    const words = kb.lexicon.intent('aggregate');
    if (words.cue('count').test(q.text)) return countFacilities(kb, q);
    // A year asked (`2021년`, `작년`): only the office's figures of that year, counted from each report's.
    const [year, offset] = [askedYear(q.text), relativeYear(kb, q.text)];
    const reportYear = (f: BudgetFact) => reportYearOf(kb, f.source.docId);
    if ((year !== null || offset) && !kb.budgets.some((f) => f.ownerType === 'office' && f.year === (year ?? reportYear(f) + (offset ?? 0)))) return null;
    // Across departments or for the whole office only: `서울큐브 총 예산` is about one program.
    // The words of comparing (`젤 많이`, `꼴찌`) name nothing.
    if (!namesNothingElse(kb, q, [...words.cue('most').words, ...words.cue('least').words, ...words.cue('vacancy').words])) return null;
    const metric = words.kinds.find(({ cue }) => cue.test(q.text));
    const least = words.cue('least').test(q.text);
    if (words.cue('staff').test(q.text)) {
      const measures = {
        current: { label: '현원', of: (h: HeadcountFact) => h.current },
        quota: { label: '정원', of: (h: HeadcountFact) => h.quota },
        vacancy: { label: '결원(정원-현원)', of: (h: HeadcountFact) => h.quota - h.current },
      };
      const measure = words.cue('vacancy').test(q.text) ? measures.vacancy : words.cue('current').test(q.text) ? measures.current : measures.quota;
      const offices = new Set(kb.documents.map((d) => d.office));
      const rows = kb.headcounts.filter((h) => !offices.has(h.department)).sort((a, b) => measure.of(b) - measure.of(a));
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
    const { kind, rate, baseNamed } = budgetKind(kb, metric.kind, words.kinds, q.text);
    const rows = kb.budgets.filter((f) => f.kind === kind);
    const total = rows.find((f) => f.ownerType === 'office');
    const departments = rows.filter((f) => f.ownerType === 'department');
    if (!words.cue('most').test(q.text) && !least && total) {
      const shown = rate && !baseNamed ? kb.budgets.filter((f) => f.ownerType === 'office' && f.kind.startsWith(metric.kind)) : [total];
      return answerOf(q, 'aggregate', {
        headline: `${total.owner} 전체 ${shown.map((f) => `${f.kind} ${describeAmount(f)}`).join(', ')} ${asOfLabel(kb, total.source.docId)}`,
        subject: total.owner,
        citations: [citationOf(total.source)],
      });
    }
    const value = (f: BudgetFact) => f.percent ?? f.amountWon ?? 0;
    const sorted = [...departments].sort((a, b) => value(b) - value(a));
    if (least) sorted.reverse();
    const pick = sorted[0];
    if (!pick) return null;
    const both = rate ? kb.budgets.filter((f) => f.owner === pick.owner && f.kind.startsWith(metric.kind)) : [pick];
    return answerOf(q, 'aggregate', {
      headline: `${kind}이 ${least ? '가장 낮은(적은)' : '가장 높은(많은)'} 부서는 ${pick.owner}입니다: ${both.map((f) => `${f.kind} ${describeAmount(f)}`).join(', ')}`,
      details: sorted.slice(1, 3).map((f) => `${f.owner} ${describeAmount(f)}`),
      subject: pick.owner,
      citations: [citationOf(pick.source)],
    });
  },
};

/**
 * The budget kind asked for. A rate is of one of the amounts (`집행률(지출액)`): of the amount the
 * question names, else of the first the lexicon lists.
 */
function budgetKind(kb: Knowledge, metric: string, kinds: IntentWords['kinds'], text: string): { kind: string; rate: boolean; baseNamed: boolean } {
  const bases = kinds.filter((k) => kb.budgets.some((f) => f.kind === `${metric}(${k.kind})`));
  if (bases.length === 0) return { kind: metric, rate: false, baseNamed: false };
  const named = bases.find((k) => k.cue.test(text));
  return { kind: `${metric}(${(named ?? bases[0])!.kind})`, rate: true, baseNamed: named !== undefined };
}

/**
 * `취업사관학교 몇 군데`: the report's own count (`총 7개소`, `운영 중(3개소)`: the line that best
 * fits the question), with the places it lists. Without such a line, only the places found, never
 * a total of our own.
 */
function countFacilities(kb: Knowledge, q: Question): Answer | null {
  const program = programAsked(kb, q);
  if (!program) return null;
  const asked = q.text.replace(/\s+/g, '');
  const countLines = kb.sections
    .filter((s) => s.programId === program.id || s.id === program.id)
    .flatMap((s) => (kb.match.sections.get(s.id)?.lines ?? []).map(({ text, index, terms }) => ({ text, terms, line: s.lineNumbers[index] ?? s.firstLine, s })))
    // A count of places (`7개소`), or of the very thing asked about (`3개 기술교육원`), not of courses or people.
    .filter((l) => countsPlaces(l.text) || countedNouns(l.text).some((noun) => asked.includes(noun)))
    .map((l) => {
      // `운영 중(3개소)` answers `운영 중인 … 몇 곳` better than `총 7개소`.
      const lead = l.text.split(/[(:：]/)[0]!.replace(/\s+/g, '');
      const echoed = lead.length >= 2 && asked.includes(lead) ? 1 : 0;
      return { ...l, score: Math.max(...q.topics.map((t) => coverage(t.terms, l.terms))) + echoed };
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
  // `몇개 쇼야`, `쇼 몇 개야` count shows, not places: the places found are no answer to it.
  const thing = countedThing(q.text) ?? countedBefore(q.text);
  // One place is no list of places (the headline would name none); companies (`입주기업 몇 개`) are not places.
  if (names === '' || asksCompanies(q.text) || (thing && !kb.lexicon.intent('ranking').cue('entity').words.includes(thing))) return null;
  return answerOf(q, 'aggregate', {
    headline: `보고서에 위치가 나온 곳: ${names}`,
    subject: shortTitle(program.title),
    citations: places.slice(0, 2).map((p) => citationOf(p.source)),
  });
}

/** The program a question names, through the facts that mention it (locations first, then any). */
function programAsked(kb: Knowledge, q: Question): Section | undefined {
  const ranked = [...rankFacts(kb, q, kb.match.locations), ...rankFacts(kb, q, kb.match.budgets), ...rankFacts(kb, q, kb.match.milestones)];
  // The first set on a tie, as when the three were ranked together (places, then figures, then dates).
  const top = ranked.reduce<(typeof ranked)[number] | undefined>((best, r) => (!best || r.score > best.score ? r : best), undefined);
  if (!top || top.score < MIN_MATCH || !top.fact.programId) return undefined;
  return kb.sectionById.get(top.fact.programId);
}
