import { answerOf } from '../src/answer/compose';
import { MESSAGES } from '../src/answer/messages';
import { pickSeries } from '../src/answer/pickSeries';
import type { QuantitySeries, SeriesItem } from '../src/model/quantitySeries';
import type { Citation } from '../src/model/answer';
import type { Intent } from './Intent';
import { groupThousands } from '../src/text/groupThousands';
import { compactText } from '../src/answer/compactText';
import { HANGUL } from '../src/text/grammar';

/**
 * Comparisons and sums over any table or a program's facilities: `안심일자리 분야 중 참여인원
 * 가장 많은 분야`, `R&D 지원사업 중 지원금액 가장 큰 거`, `청년취업사관학교 캠퍼스 중 면적 제일
 * 넓은 곳`, `뉴딜일자리 분야별 참여자 합계`. The answer names the table, the column and the unit.
 */
export const ranking: Intent = {
  name: 'aggregate',
  detect: (q, kb) => {
    const aggregate = kb.lexicon.intent('aggregate');
    const ranking = kb.lexicon.intent('ranking');
    return aggregate.cue('most').test(q.text) || aggregate.cue('least').test(q.text) || ranking.cue('sum').test(q.text) || ranking.cue('versus').test(q.text);
  },
  answer(kb, q) {
    const aggregate = kb.lexicon.intent('aggregate');
    const least = aggregate.cue('least').test(q.text);
    const superlative = aggregate.cue('most').test(q.text);
    // `경제분야랑 복지분야 참여자 수 비교해줘`: two items compared are ranked, the larger first.
    const versus = !least && !superlative && kb.lexicon.intent('ranking').cue('versus').test(q.text);
    const most = superlative || versus;
    const series = pickSeries(kb, q, { mustName: !most && !least });
    if (!series) return null;
    // `경제분야랑 복지분야 중 어디가 많아`: two or more items named are ranked among themselves.
    const asked = compactText(q.text);
    // `마포 캠퍼스랑 금천 캠퍼스`: what tells an item from the others (`청년취업사관학교 마포`) names it too.
    const shared = sharedStart(series.items.map((i) => labelWords(i.name)));
    const named = series.items.filter((i) => namesItem(asked, i.name, (word) => kb.match.placeWords.has(word)) || namesRun(asked, labelWords(i.name).slice(shared), 2));
    if (versus && named.length < 2) return null;
    const source = sourceLine(series);
    const cite = (item: SeriesItem): Citation => ({ section: series.source.sectionLabel, title: series.source.sectionPath.join(' › '), line: item.line });
    if (!most && !least) {
      const own = series.total;
      // `총 몇 명`, `훈련생 총원`: a sum of figures in no stated unit leaves the answer to a line stating the total itself.
      if (!own && series.unit === '') return null;
      const sum = own ? own.value : series.items.reduce((total, i) => total + i.value, 0);
      const shown = own ? own.shown : `${groupThousands(sum)}${series.unit}`;
      return answerOf(q, 'aggregate', {
        headline: MESSAGES.summed(series.owner, series.name, shown, own !== null, series.items.length),
        details: [source],
        subject: series.owner,
        citations: [cite(own ?? series.items[0]!)],
      });
    }
    // `거점별 정책R&D 중 … 제일 많이`: a group the question names (the start of some items' names) is ranked alone.
    const group = series.items.filter((i) => namesGroup(asked, i.name));
    const items = named.length >= 2 ? named : group.length >= 2 && group.length < series.items.length ? group : series.items;
    const sorted = [...items].sort((a, b) => (least ? a.value - b.value : b.value - a.value));
    const pick = sorted[0]!;
    return answerOf(q, 'aggregate', {
      headline: MESSAGES.ranked(series.owner, series.name, least, pick.name, pick.cell ? `${pick.shown} ${MESSAGES.asWritten(pick.cell)}` : pick.shown),
      details: [...sorted.slice(1, 3).map((i) => `${i.name} ${i.shown}`), source],
      subject: series.owner,
      fields: sorted.slice(0, 5).map((i) => ({ label: i.name.slice(0, 40), value: i.shown })),
      citations: [cite(pick)],
    });
  },
};

/** The table (or facilities), the column or row, and the unit the figures are in. */
function sourceLine(series: QuantitySeries): string {
  if (series.kind === 'area') return MESSAGES.areaSource(series.owner, series.items.length);
  // A short line above the table is its title (`조성분야(6개 분야) 및 투자대상`); otherwise the block it is in.
  const caption = series.caption && series.caption.length <= 30 ? series.caption : MESSAGES.tableIn(series.source.sectionPath.at(-1) ?? series.owner, series.source.line);
  return MESSAGES.seriesSource(caption, series.name, series.unit);
}

/**
 * Whether a question (compacted) names a series item: its whole name, or the end of it after a
 * group column (`중소기업 기술상용화` of `기업 R&D 중소기업 기술상용화`), without brackets
 * (`서울형 팁스` of `서울형 팁스(TIPS)`), four characters or more with Hangul; or a place word of it (`금천`).
 */
function namesItem(asked: string, name: string, isPlace: (word: string) => boolean): boolean {
  if (asked.includes(compactText(name))) return true;
  const words = labelWords(name);
  // `영등포 캠퍼스랑 금천 캠퍼스`: a place word of the label names its item, however short.
  return words.some((_, k) => namesRun(asked, words.slice(k), 4)) || words.some((word) => word.length >= 2 && isPlace(word) && asked.includes(compactText(word)));
}

/** Whether a question (compacted) names the start of an item's name after its first word (`거점별 정책 R&D` of `신성장 거점별 정책 R&D (홍릉) …`), or its first words, six characters or more with Hangul. */
function namesGroup(asked: string, name: string): boolean {
  const words = labelWords(name);
  for (let from = 0; from < 2; from++) {
    for (let to = words.length - 1; to > from; to--) if (namesRun(asked, words.slice(from, to), 6)) return true;
  }
  return false;
}

/** How many first words every label shares (`청년취업사관학교` of `청년취업사관학교 마포`, `… 금천`). */
function sharedStart(labels: readonly (readonly string[])[]): number {
  let n = 0;
  while (labels.length > 1 && labels.every((words) => words.length > n + 1 && words[n] === labels[0]![n])) n++;
  return n;
}

/** An item's label as words, brackets left out (`서울형 팁스(TIPS)` → `서울형`, `팁스`). */
function labelWords(name: string): string[] {
  return name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
}

/** Whether a question (compacted) holds some words of a label written together, `min` characters or more with Hangul. */
function namesRun(asked: string, words: readonly string[], min: number): boolean {
  const key = compactText(words.join(''));
  return key.length >= min && HANGUL.test(key) && asked.includes(key);
}
