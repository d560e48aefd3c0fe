import { ambiguous, answerOf, sectionCitation } from '../src/answer/compose';
import { contains, containsAll, coverage, matchTerms, namedWord } from '../src/answer/matchScore';
import { bagHaystack } from '../src/answer/haystack';
import { countedItems, hangsUnder, namingLine, otherRows } from '../src/answer/passageNeighbours';
import { passageLine } from '../src/answer/passageLine';
import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import { shortTitle } from '../src/facts/shortTitle';
import { askedKinds, valueFilter } from '../src/answer/carries';
import { listItems, unlistedCount } from '../src/text/valueShapes';
import { askedCounter, askedWhich, impliedCounter, isRate, withoutCountedNoun } from '../src/text/grammar';
import { statesCount } from '../src/text/valueShapes';
import { otherPeriodIn } from '../src/answer/otherPeriodIn';
import { mixedScriptWords, mixedSpellings } from '../src/text/mixedScriptWords';
import { saysRateStem } from '../src/text/saysRateStem';
import { askedMonth } from '../src/dates/askedMonth';
import { mentionsDate } from '../src/dates/mentionsDate';
import { tableRowAt } from '../src/answer/passageLine';
import { definesWord } from '../src/answer/definesWord';
import { figureMonth } from '../src/dates/figureMonth';
import { monthOutside } from '../src/dates/monthOutside';
import type { Intent } from './Intent';
import { labelledBy, splitOverLines, tiedLines, type Candidate } from '../src/answer/passageCandidates';

/** Below this share of the question's terms in the best section, the report does not answer it. */
const MIN_COVERAGE = 0.6;

/** Fallback: the best passage, trimmed to the lines that match the question. */
export const search: Intent = {
  name: 'search',
  detect: () => true,
  answer: (kb, q) => searchPassage(kb, q),
};

/**
 * The best passage for a question, or null when no section contains every word that names what
 * the question is about. Lines are ranked across the best sections by how much of the question
 * they cover, how many of its named words they contain, and whether they hold the counter asked
 * for (`몇 명` → a number of 명). `lineFilter` keeps only lines carrying the kind of fact asked
 * for (an amount, a date) when a fact intent found no fact.
 */
export function searchPassage(
  kb: Knowledge,
  q: Question,
  lineFilter: (line: string) => boolean = () => true,
  { allNamedOnLine = false, specificOnLine = false }: { allNamedOnLine?: boolean; specificOnLine?: boolean } = {},
): Answer | null {
  // People's names are not guessed at: `경제정책실장 누구` needs the exact words in the text; `누가
  // 위탁받아 운영해` asks for an organisation and `누가 나갈 수 있어? 나이 제한` for an age, which a
  // line states like any other value.
  const kinds = askedKinds(kb, q);
  const exact = kb.lexicon.intent('search').cue('person').test(q.text) && kinds.length === 0;
  // `입주 기업 수`: companies are counted in 개사 (`12,754개사 … 입주`).
  const counter = askedCounter(q.text) ?? impliedCounter(q.text);
  const whole = kb.lexicon.intent('search').cue('whole').test(q.text);
  const totalRow = kb.lexicon.intent('search').cue('totalRow');
  const overviewBlocks = kb.lexicon.intent('search').cue('overviewBlocks').words;
  const scaleLabels = kb.lexicon.intent('search').cue('scaleLabels').words;
  const candidates: Candidate[] = [];
  // `AI지원센터`, written as one word the report writes too, is found as one word, not as `AI` and `…지원센터` apart.
  const writes = (compact: string, word: string) => mixedSpellings(word).some((spelling) => compact.includes(spelling));
  const written = mixedScriptWords(q.text).filter((w) => [...kb.match.sections.values()].some((match) => writes(match.compact, w)));
  const wantsList = kinds.includes('list');
  const monthAsked = askedMonth(q.text);
  const whichNoun = askedWhich(q.text);
  const otherPeriodOf = otherPeriodIn(kb, q);
  for (const { text: about, terms: topicTerms, required: words } of q.topics) {
    // Words as typed name a place more exactly than the program a short name stands for (`창작뜰` in 패션허브).
    const asTyped = q.topics.length > 1 && about === q.typedTopic ? 0.3 : 0;
    if (words.length === 0) continue; // nothing named: `1,1,1,1` is not a question about the report
    // A value asked for (`몇 명`, `나이`, `수료율`): the line must carry one and name everything asked about.
    const wanted = valueFilter(kb, q, words);
    // `고용률` asked as a rate is 고용 with a percentage; `입주기업 몇 개사` is 입주 with a count in 개사.
    const asCounted = words.map((w) => (wanted && isRate(w) ? w.slice(0, -1) : wanted ? withoutCountedNoun(w, counter) : w));
    const stems = asCounted.filter((w, i) => w !== words[i] && isRate(words[i]!));
    const required = asCounted.filter((w) => w !== '');
    // The topic as counted (`G밸리 입주`): what the sections and lines are matched on.
    const countedTopic = words.reduce((text, w, i) => (asCounted[i] !== w && !isRate(w) ? text.replace(w, asCounted[i]!) : text), about);
    const topic = countedTopic === about ? topicTerms : matchTerms(countedTopic);
    const named = required.map((w) => namedWord(w, kb.vocabulary.has(w), kb.lexicon.departments.cityHeads, kb.vocabulary, kb.lexicon.softWords));
    const defines = kb.lexicon.intent('search').cue('definition').test(q.text) ? definesWord(about.split(' ')) : () => false;
    const mustNameAll = allNamedOnLine || wanted !== null;
    const sections = q
      .sectionHits(countedTopic, 5)
      .map((hit) => ({ hit, match: kb.match.sections.get(hit.section.id)! }))
      .filter(({ hit, match }) => hit.coverage >= MIN_COVERAGE && containsAll(named, match.haystack))
      .filter(({ match }) => !exact || required.every((w) => match.compact.includes(w)))
      .filter(({ match }) => written.every((w) => writes(match.compact, w)));
    sections.forEach(({ hit, match }, rank) => {
      // The named words a line must say itself, beyond its section's titles (which all its lines share).
      const otherPeriod = otherPeriodOf(hit.section, match);
      const specific = named.filter((w) => !contains(w, match.titles));
      // A part asked for by its title alone (`정책비전 뭐야`): its lines answer, though they repeat none of it.
      const partByTitle = specific.length === 0 && hit.section.kind === 'part';
      for (const { text: raw, index, own, terms } of match.lines) {
        // A table row is shown as `header: value` pairs; a header row alone answers nothing.
        const text = passageLine(kb, hit.section, hit.section.lineNumbers[index] ?? hit.section.firstLine, raw);
        if (text === null || text.length < 2) continue;
        // Only a line saying some of the topic, or the count asked for, is a candidate at all.
        const ownCover = coverage(topic, own);
        const counts = Boolean(counter && statesCount(text, counter));
        if (ownCover === 0 && !counts && !partByTitle) continue;
        if (!lineFilter(text) || (wanted && !wanted(text))) continue;
        if (otherPeriod(index, text)) continue;
        // The rate (`고용률`, read as 고용) is on the line itself, not the head of another noun there (`고용장려금`).
        if (stems.some((stem) => !saysRateStem(text, stem))) continue;
        // `8월 고용률`: never a line whose figures are July's (`고용률(7월,%)`).
        // A table row's figures are for the months its caption states (`추진실적('22.1.~7.)`).
        const months = monthAsked === null ? null : figureMonth(raw.includes('\t') ? (tableRowAt(kb, hit.section, hit.section.lineNumbers[index] ?? 0)?.caption ?? '') : text);
        if (monthOutside(monthAsked, months)) continue;
        // `ON서울 마켓 8월 매출`: a month asked is answered by a line that dates what it says, not a yearly target.
        if (monthAsked !== null && months === null && !mentionsDate(text)) continue;
        const share = named.filter((w) => contains(w, bagHaystack(terms, raw))).length / named.length;
        if (mustNameAll && share < 1) continue;
        // Most of the words its section's titles do not say are said by the line itself.
        if (specificOnLine && 2 * specific.filter((w) => contains(w, bagHaystack(terms, raw))).length < specific.length) continue;
        // `G밸리 입주기업 몇 개사`: the program's own count, in its overview block, before one activity's.
        // `참여 스타트업 몇 개`: the scale an overview states (`규 모 : 스타트업(1,300여개)`) before a booth count.
        const scale = scaleLabels.includes(text.split(':')[0]!.replace(/\s+/g, '')) ? 0.2 : 0;
        const counted = counts ? 0.5 + scale + (overviewBlocks.includes(hit.section.path.at(-1) ?? '') ? 0.2 : 0) : 0;
        // `총 몇 건`: a table's total row (`계 1,269 198 …`) rather than one of its rows.
        const total = whole && totalRow.words.includes(raw.split('\t')[0]!.replace(/\s+/g, '')) ? 0.5 : 0;
        // `어디어디`, `뭐뭐`: a line naming more of them (`단위형 5개소(강서대, 국민대, …)`) lists them.
        const listed = wantsList ? 0.05 * Math.min(listItems(text), 5) : 0;
        // `어느 대학들에서 운영해`: a line saying which (`운영대학 : 고려대, …`) names that noun itself.
        const which = whichNoun !== null && text.includes(whichNoun) ? 0.2 : 0;
        // `PoC가 뭐임?`: the footnote defining the word (`2) PoC (Proof of Concept) : …`).
        const defined = defines(raw) ? 0.5 : 0;
        // `DT과정은 어떤 과정`: a line labelled with a word asked (`DT과정(약 3개월) : …`) says what it is.
        const labelled = wanted === null && labelledBy(text, about) ? 0.1 : 0;
        const fit = coverage(topic, terms) + 0.5 * ownCover + 0.5 * share + counted + total + asTyped + listed + which + defined + labelled;
        const said = specific.filter((w) => contains(w, bagHaystack(own, text)));
        const onLine = specific.length ? said.length / specific.length : 0;
        candidates.push({ section: hit.section, i: index, text, fit, score: fit - 0.05 * rank, onLine, about, specific, said, row: raw.includes('\t') });
      }
    });
  }
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (!best) return null;
  if (splitOverLines(candidates, best)) return null;
  const tied = tiedLines(kb, candidates, best);
  if (tied.length > 1) return ambiguous(q, 'search', tied.map((title) => ({ title, question: `${title} ${q.original}` })));
  // A second line only when it hangs under the best one (a sub-bullet, a note, a continued line) or
  // itself says at least half of what the question names beyond the section's titles, read the same
  // way as the best (not `창작뜰` as typed for one and 패션허브 for the other): never an unrelated neighbour.
  const next = candidates.find(
    (c) => c !== best && c.section === best.section && c.text !== best.text && c.about === best.about && (hangsUnder(c.section, c.i, best.i) || c.onLine >= 0.5),
  );
  // `뭐뭐`, `목록` answered by a table row: the table's other rows too; by a line that counts them (`권역별 운영,
  // 3개소`), a line of that program naming as many under one naming what was asked (`동북권, 서북권, 남부권`).
  const rows = wantsList ? otherRows(kb, best) : [];
  const count = wantsList ? unlistedCount(best.text) : null;
  const names = count ? namingLine(kb, best, best.specific, count) : null;
  if (names) rows.unshift(names);
  const children = countedItems(kb, best); // `교육 분야 : 2개 과정`: its SW과정 and DT과정 lines
  const program = best.section.programId ? kb.sectionById.get(best.section.programId) : undefined;
  const clip = (t: string) => (t.length > 160 ? `${t.slice(0, 157)}…` : t);
  return answerOf(q, 'search', {
    headline: clip(best.text),
    details: rows.length ? rows.map(clip) : children.length ? children.slice(0, 3).map((l) => clip(l.text)) : next ? [clip(next.text)] : [],
    subject: program ? shortTitle(program.title) : null,
    citations: [sectionCitation(best.section, best.section.lineNumbers[best.i] ?? best.section.firstLine)],
  });
}
