import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { shortTitle } from '../facts/shortTitle';
import { quotedPhrases } from '../text/quotedPhrases';
import { compactText } from './compactText';
import { answerOf, notFound, sectionCitation } from './compose';
import { MESSAGES } from './messages';
import { passageLine } from './passageLine';
import type { Question } from './Question';

/** At most this many more lines writing the phrase are shown under the first. */
const MORE_LINES = 2;

/**
 * `보고서에서 '약자와의 동행'이 언급되는 맥락 찾아줘`: a phrase quoted in a question asking where the
 * report says something is found as written (spacing and quote marks aside), like Ctrl-F: the
 * first line writing it, the bullet it hangs under, and up to two more lines writing it. Not found
 * when the reports write none of the phrases quoted; null when nothing is quoted.
 *
 * @example
 * quotedPassage(kb, question)?.text; // '사람 중심의 디지털 전환 정책 발표, … ‘약자와의 동행’ 을 글로벌 어젠다로 제시\n출처: …'
 */
export function quotedPassage(kb: Knowledge, q: Question): Answer | null {
  const phrases = quotedPhrases(q.original);
  for (const phrase of phrases) {
    const wanted = compactText(phrase);
    if (wanted.length < 2) continue;
    const hits: { section: Knowledge['sections'][number]; index: number; text: string; above: readonly number[] }[] = [];
    for (const section of kb.sections) {
      const match = kb.match.sections.get(section.id);
      if (!match?.compact.includes(wanted)) continue;
      for (const line of match.lines) {
        const text = compactText(line.text).includes(wanted) ? passageLine(kb, section, section.lineNumbers[line.index] ?? section.firstLine, line.text) : null;
        if (text) hits.push({ section, index: line.index, text, above: line.above });
      }
    }
    const first = hits[0];
    if (!first) continue;
    // What it is said in (`「2022 세계도시정상회의」 에서 …` above `… ‘약자와의 동행’ 을 …`): the bullet it hangs under.
    const lines = kb.match.sections.get(first.section.id)!.lines;
    const under = first.above.length ? lines[Math.max(...first.above)]!.text : null;
    const program = first.section.programId ? kb.sectionById.get(first.section.programId) : undefined;
    return answerOf(q, 'search', {
      headline: first.text,
      details: [...(under ? [under] : []), ...hits.slice(1, 1 + MORE_LINES).map((hit) => hit.text)],
      subject: program ? shortTitle(program.title) : null,
      citations: hits.slice(0, 1 + MORE_LINES).map((hit) => sectionCitation(hit.section, hit.section.lineNumbers[hit.index] ?? hit.section.firstLine)),
    });
  }
  return phrases.length ? notFound(kb, q, 'search', MESSAGES.nothingAbout(phrases.join(', '))) : null;
}
