import { carries } from './carries';
import type { Knowledge } from '../knowledge/Knowledge';
import type { QuantitySeries } from '../model/quantitySeries';
import { compactText } from './compactText';
import type { Question } from './Question';
import { MIN_MATCH, rankFacts } from './rankFacts';
import { withoutWords } from './withoutWords';

/**
 * A series' name as a question would write it: `지원금액(백만원)` → `지원금액`.
 *
 * @example
 * seriesKey('지원금액(백만원)'); // '지원금액'
 */
export function seriesKey(name: string): string {
  return compactText(name.replace(/\([^)]*\)/g, ''));
}

/**
 * The series a comparison question is about: one whose name the question writes (`참여인원`,
 * `지원금액`, `조성목표`; an area word picks the areas) in the program the rest of the question
 * names, or, when no series is named but the question compares places or items, the only series
 * of that program (`패션허브 3곳 중 가장 큰 공간`). `mustName` (a sum) requires the name. Null
 * when none fits.
 */
export function pickSeries(kb: Knowledge, q: Question, { mustName = false }: { mustName?: boolean } = {}): QuantitySeries | null {
  const asked = compactText(q.text);
  const areaAsked = kb.lexicon.intent('location').cue('area').test(q.text);
  const { keysOf, peopleAsked, countsPeople } = seriesNames(kb, q);
  // `총 사업비`: a money question is about figures in money, never a count (`사업(개)`); `면적이 각각
  // 얼마인지` asks an area, its 얼마 no sum.
  const moneyAsked = kb.lexicon.intent('budget').asks(q.text) && !areaAsked;
  // `접수 제일 많았던`: a column named by its head (`접수과제 수`), when no other column's name starts
  // so (`지원` heads 지원과제 수, 지원금액, 지원기업 수: none) and its program's title does not hold it.
  const heads = q.topic.split(/\s+/).filter((w) => w.length >= 2 && kb.seriesKeys.filter((key) => key.startsWith(w)).length === 1);
  const headNamed = (s: QuantitySeries) => heads.some((w) => seriesKey(s.name).startsWith(w) && seriesKey(s.name).length - w.length <= 3 && !compactText(s.owner).includes(w));
  const named = mostSpecific(
    asked,
    kb.match.series.cards.filter(
      // A rate named word by word (`지출액 기준 집행률`) is asked, money words or not.
      ({ fact: s }) => namesEveryPart(asked, s.name) || ((!moneyAsked || carries('amount', `1${s.unit}`)) && (keysOf(s.name).some((key) => key.length >= 2 && asked.includes(key)) || headNamed(s) || (areaAsked && s.unit === '㎡') || (peopleAsked && countsPeople(s)))),
    ),
  );
  const aggregate = kb.lexicon.intent('aggregate');
  const ranking = kb.lexicon.intent('ranking');
  const asking = [
    // A named column's table: its other headers say which table too (`지원과제 중 지원금액 젤 큰`).
    ...named.flatMap(({ fact: s }) => [s.name, ...s.headers].flatMap((h) => [...h.replace(/\([^)]*\)/g, ' ').split(/\s+/), ...keysOf(h).filter((key) => asked.includes(key))])),
    ...['most', 'least', 'which'].flatMap((c) => aggregate.cue(c).present(q.text)),
    ...['entity', 'sum', 'people', 'received'].flatMap((c) => ranking.cue(c).present(q.text)),
    ...kb.lexicon.intent('location').cue('area').present(q.text),
  ].filter((w) => w.length > 0);
  // Unnamed, the question must at least say it compares places or items (`3곳 중 가장 큰 공간`).
  if (!named.length && (mustName || !ranking.cue('entity').test(q.text))) return null;
  const about = withoutWords(kb, q, asking);
  const namedFacts = new Set(named.map((c) => c.fact));
  // `예산에서 … 어디가 더 많아`: money asked ranks figures in money only, never areas.
  // (A series named passed that test already, or was named word by word.)
  const ranked = rankFacts(kb, about, kb.match.series, (s) => (namedFacts.size > 0 ? namedFacts.has(s) : !moneyAsked || carries('amount', `1${s.unit}`)));
  const top = ranked[0];
  if (!top || top.base < MIN_MATCH) return null;
  // `캠퍼스들 중에 취업 제일 잘 되는 곳`: unnamed, the areas are compared only when size is asked (`큰`, `넓은`).
  if (!named.length && top.fact.kind === 'area' && !areaAsked && !ranking.cue('size').test(q.text)) return null;
  // `분야별 누적 조성액`: what has built up over the years is a table's total column.
  const cumulative = !named.length && kb.lexicon.intent('table').cue('cumulative').test(q.text) ? ranked.find((r) => r.fact.kind === 'total' && r.fact.programId === top.fact.programId && r.base >= MIN_MATCH) : undefined;
  if (cumulative) return cumulative.fact;
  const tied = ranked.filter((r) => r.base >= top.base - 0.001 && r.fact.programId === top.fact.programId);
  // Unnamed: only a program with one series is clear, or one table's columns with their total column
  // (`분야별 조성금액 젤 많은 분야` ranks the fields by 합계, not by one year).
  if (!named.length && tied.length !== 1) return totalColumnOf(tied.map((r) => r.fact));
  return top.fact;
}

/**
 * How a question names a series: each series name's keys (`지원과제 수` is named by `지원과제` too,
 * `참여인원` by `참여` when people are asked, `지원금액` by `지원금` when something was received), and
 * whether people are asked (`사람 제일 많이 들어간 데`), which picks a column of people (counted in 명,
 * or named so: `참여인원`, `참여자`) as an area word picks the areas.
 */
function seriesNames(kb: Knowledge, q: Question): { keysOf: (name: string) => string[]; peopleAsked: boolean; countsPeople: (s: QuantitySeries) => boolean } {
  const words = kb.lexicon.intent('ranking');
  const peopleAsked = words.cue('people').test(q.text);
  const tails = [
    ...words.cue('countTails').words,
    ...(peopleAsked ? words.cue('peopleTails').words : []),
    ...(words.cue('received').test(q.text) ? words.cue('amountTails').words : []),
  ];
  const keysOf = (name: string) => {
    const key = seriesKey(name);
    return [key, ...tails.filter((t) => key.endsWith(t) && key.length - t.length >= 2).map((t) => key.slice(0, -t.length))];
  };
  const countsPeople = (s: QuantitySeries) => s.unit === '명' || words.cue('peopleTails').words.some((t) => seriesKey(s.name).endsWith(t));
  return { keysOf, peopleAsked, countsPeople };
}

/** The total column of tied series that are all columns of one table, or null. */
function totalColumnOf(tied: readonly QuantitySeries[]): QuantitySeries | null {
  const totals = tied.filter((s) => s.kind === 'total');
  const table = (s: QuantitySeries) => `${s.source.sectionId}\u0000${s.source.line}`;
  return totals.length === 1 && tied.every((s) => table(s) === table(totals[0]!)) ? totals[0]! : null;
}

/** The words of a two-level column name (`집행률(%) 지출액` → `집행률`, `지출액`); one word for a plain name. */
function partsOf(name: string): string[] {
  return name.replace(/\([^)]*\)/g, ' ').split(/\s+/).map(compactText).filter((part) => part.length >= 2);
}

/** Whether the question writes every word of a two-level column name, in any order (`지출액 기준 집행률`). */
function namesEveryPart(asked: string, name: string): boolean {
  const parts = partsOf(name);
  return parts.length >= 2 && parts.every((part) => asked.includes(part));
}

/**
 * `지출액 기준 집행률`: a two-level column named word by word (`집행률(%) 지출액`) is meant, not the
 * column named by one of its words (`지출액`).
 */
function mostSpecific<T extends { fact: QuantitySeries }>(asked: string, named: readonly T[]): T[] {
  const specific = named.filter((c) => namesEveryPart(asked, c.fact.name));
  return named.filter((c) => specific.includes(c) || !specific.some((s) => partsOf(s.fact.name).includes(seriesKey(c.fact.name))));
}
