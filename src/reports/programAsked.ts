import type { Question } from '../answer/Question';
import { shortTitle } from '../facts/shortTitle';
import type { Knowledge } from '../knowledge/Knowledge';

/**
 * The words of a what-changed question that name its subject: the topic without the compare
 * intent's words (`늘었어`, `작년보다`, `지난`, `보고`, `사항`).
 *
 * @example
 * compareTopic(kb, q); // '청년취업사관학교' for `청년취업사관학교 예산 작년보다 얼마나 늘었어`
 */
export function compareTopic(kb: Knowledge, question: Question): string {
  const words = kb.lexicon.intent('compare');
  const cues = ['lastYear', 'previous', 'latest', 'baseline', 'reportWords', 'budgetChange', 'scheduleChange'].flatMap((name) => words.cue(name).words);
  const starts = [...kb.lexicon.source.intents.compare?.words ?? [], ...cues].map((w) => w.replace(/\s+/g, ''));
  const nouns = words.cue('changeNouns').words;
  return question.topic
    .split(/\s+/)
    .filter((token) => token && !nouns.includes(token) && !starts.some((w) => token.startsWith(w)))
    .join(' ');
}

/**
 * The program a what-changed question is about (its key across reports), or null: the best
 * section for the subject words, when its program's title holds one of them.
 *
 * @example
 * programAsked(kb, '청년취업사관학교'); // '청년취업사관학교조성운영'
 */
export function programAsked(kb: Knowledge, question: Question, topic: string): string | null {
  if (!topic) return null;
  const words = topic.split(' ').filter((w) => w.length >= 2).map((w) => w.toLowerCase());
  for (const hit of question.sectionHits(topic, 5)) {
    const parts = kb.library.parts.get(hit.section.docId);
    const programId = parts?.topProgram.get(hit.section.id);
    const program = programId ? kb.sectionById.get(programId) : undefined;
    if (!programId || !program) continue;
    const title = shortTitle(program.title).replace(/\s+/g, '').toLowerCase();
    if (words.some((w) => title.includes(w))) return kb.library.programKey.get(programId) ?? null;
  }
  return null;
}
