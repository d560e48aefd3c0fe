import type { Knowledge } from '../knowledge/Knowledge';
import type { Question } from './Question';
import { computeTopics } from './topics';

/**
 * The question with some words taken out of its topic, so they are not required of a fact's
 * names: `청년취업사관학교 대상자` without `대상` is about 청년취업사관학교. A topic word goes when it
 * is one of the words or one of them with at most two more syllables (`대상자`, `조례명`), or
 * several of them written together (`제일많은데`, `시설·공사`).
 *
 * @example
 * withoutWords(kb, q, ['대상']).topic; // '청년취업사관학교' (from '청년취업사관학교 대상자')
 */
export function withoutWords(kb: Knowledge, question: Question, words: readonly string[]): Question {
  const isForm = (token: string) => words.some((w) => w.length > 0 && token.includes(w) && token.length - w.length <= 2) || madeOf(token, words);
  const strip = (topic: string) => topic.split(/\s+/).filter((t) => t && !isForm(t)).join(' ');
  const topic = strip(question.topic);
  const typedTopic = strip(question.typedTopic);
  if (topic === question.topic && typedTopic === question.typedTopic) return question;
  return { ...question, topic, typedTopic, topics: computeTopics(kb, { topic, typedTopic, department: question.department }) };
}

/** Whether a word is two or more of `words` written together, nothing else (`제일` + `많은` + `데`). */
function madeOf(token: string, words: readonly string[]): boolean {
  const parts = (rest: string, count: number): boolean =>
    rest === '' ? count >= 2 : words.some((w) => w.length > 0 && rest.startsWith(w) && parts(rest.slice(w.length), count + 1));
  // `시설·공사`: a middle dot between them too.
  const joined = token.replace(/[·ㆍ]/g, '');
  return joined.length >= 3 && joined.length <= 20 && parts(joined, 0);
}
