import type { Question } from '../answer/Question';
import { shortTitle } from '../facts/shortTitle';
import type { Knowledge } from '../knowledge/Knowledge';
import { phrasePattern } from '../lexicon/WordCue';

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
  const phrases = [...(kb.lexicon.source.intents.compare?.words ?? []), ...cues];
  const starts = phrases.map((w) => w.replace(/\s+/g, ''));
  const nouns = words.cue('changeNouns').words;
  // Phrases first (`새로 생긴`), then words starting with one (`늘었어`, `작년보다`).
  const topic = phrases.filter((p) => /\s/.test(p)).reduce((text, p) => text.replace(new RegExp(phrasePattern(p), 'g'), ' '), question.topic);
  return topic
    .split(/\s+/)
    .filter((token) => token && !nouns.includes(token) && !starts.some((w) => token.startsWith(w)))
    .join(' ');
}

/**
 * The program a what-changed question is about (its key across reports), or null: the program of
 * what the subject words alone are answered with, else the best section for them when its
 * program's title holds one of them.
 *
 * @example
 * programAsked(kb, '청년취업사관학교'); // '청년취업사관학교조성운영'
 */
export function programAsked(kb: Knowledge, question: Question, topic: string): string | null {
  if (!topic) return null;
  // What the whole matcher answers the subject with (`강서 캠퍼스 개관` → 청년취업사관학교's milestone).
  const answered = question.askInScope?.(topic);
  // A fact answer names its program; a passage may be another program's line that mentions it.
  const cited = answered?.found && answered.intent !== 'search' ? answered.citations[0] : undefined;
  const parts = cited?.docId ? kb.library.parts.get(cited.docId) : undefined;
  const section = parts?.sections.find((s) => s.label === cited!.section && s.firstLine <= cited!.line && cited!.line <= s.lastLine);
  const program = section ? parts!.topProgram.get(section.id) : null;
  if (program && kb.library.programKey.has(program)) return kb.library.programKey.get(program)!;
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
