import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import type { Section } from '../model/section';
import { shortTitle } from '../facts/shortTitle';
import { quotedPhrases } from '../text/quotedPhrases';
import { compactText } from './compactText';
import { answerOf, notFound, sectionCitation } from './compose';
import { MESSAGES } from './messages';
import { passageLine } from './passageLine';
import type { Question } from './Question';
import { searchPassage } from '../../intents/search';

/**
 * `시애틀 언급 어디`, `IBK 기업은행 나오는 부분`: where the report says something is asked (the search
 * intent's `mention` words), or what it says of something of which no fact is asked (`우크라이나
 * 관련된 거 뭐 있어요`, its `related` words): the lines writing it (`mentionPassage`), else the best
 * passage; null when nothing of the kind is asked.
 *
 * @example
 * mentionAsked(kb, question, false)?.text; // '(지원내용) 시애틀 현지 기업-국내 스타트업 매칭 …'
 */
export function mentionAsked(kb: Knowledge, q: Question, factAsked: boolean): Answer | null {
  const words = kb.lexicon.intent('search');
  if (!words.cue('mention').test(q.text) && (factAsked || !words.cue('related').test(q.text))) return null;
  return mentionPassage(kb, q) ?? searchPassage(kb, q);
}

/** At most this many more lines writing the phrase are shown under the first. */
const MORE_LINES = 2;

/** A line writing the phrase asked. */
interface Hit {
  section: Section;
  index: number;
  text: string;
  /** The lines it hangs under, by index in its section. */
  above: readonly number[];
}

/**
 * Where the reports write something, asked (`보고서에서 카이스트 언급되는 부분 찾아줘`, `'약자와의
 * 동행'이 언급되는 맥락`): like Ctrl-F, the lines writing the phrase quoted, else the question's
 * topic, as written (spacing and quote marks aside), in the report's order: the first with the
 * bullet it hangs under, then up to two more. A quoted phrase no line writes is refused; an
 * unquoted topic no line writes as one phrase gives null (the passage search reads its words apart).
 *
 * @example
 * mentionPassage(kb, question)?.text; // '제2기 카이스트 협력 AI 고급 인재 양성 : …'
 */
export function mentionPassage(kb: Knowledge, q: Question): Answer | null {
  const quoted = quotedPhrases(q.original);
  // Unquoted, the words it names (`우크라이나`, not `우크라이나 관련`).
  const named = q.topics[0]?.required.join(' ') ?? q.topic;
  for (const phrase of quoted.length ? quoted : [named]) {
    const hits = linesWriting(kb, compactText(phrase));
    if (hits.length) return shown(kb, q, hits);
  }
  return quoted.length ? notFound(kb, q, 'search', MESSAGES.nothingAbout(quoted.join(', '))) : null;
}

/** Every line of the searched sections writing `wanted` (compact), in the reports' order. */
function linesWriting(kb: Knowledge, wanted: string): Hit[] {
  const hits: Hit[] = [];
  if (wanted.length < 2) return hits;
  for (const section of kb.sections) {
    const match = kb.match.sections.get(section.id);
    if (!match?.compact.includes(wanted)) continue;
    for (const line of match.lines) {
      const text = compactText(line.text).includes(wanted) ? passageLine(kb, section, section.lineNumbers[line.index] ?? section.firstLine, line.text) : null;
      if (text) hits.push({ section, index: line.index, text, above: line.above });
    }
  }
  return hits;
}

function shown(kb: Knowledge, q: Question, hits: readonly Hit[]): Answer {
  const first = hits[0]!;
  // What it is said in (`「2022 세계도시정상회의」 에서 …` above `… ‘약자와의 동행’ 을 …`): the bullet it hangs under.
  const lines = kb.match.sections.get(first.section.id)!.lines;
  const under = first.above.length ? lines[Math.max(...first.above)]!.text : null;
  const program = first.section.programId ? kb.sectionById.get(first.section.programId) : undefined;
  const more = hits.slice(1, 1 + MORE_LINES);
  return answerOf(q, 'search', {
    headline: first.text,
    details: [...(under ? [under] : []), ...more.map((hit) => hit.text)],
    subject: program ? shortTitle(program.title) : null,
    citations: [first, ...more].map((hit) => sectionCitation(hit.section, hit.section.lineNumbers[hit.index] ?? hit.section.firstLine)),
  });
}
