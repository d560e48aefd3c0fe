import type { Knowledge } from '../knowledge/Knowledge';
import { matchTerms } from './haystack';
import { hardWords, namedWord, type NamedWord } from './matchScore';

/** What a question is about, in one of its readings: terms to cover and words required. */
export interface Topic {
  text: string;
  terms: ReadonlySet<string>;
  /** The words a match must contain (`hardWords`). */
  required: string[];
  /** The same words, prepared for `contains`. */
  named: NamedWord[];
}

/**
 * The question's topic as typed and with short names expanded, without the department it names
 * beside a program (`미디어콘텐츠산업과 서울큐브` says who, not what). Computed once per question.
 */
export function computeTopics(kb: Knowledge, texts: { topic: string; typedTopic: string; department: string | null }): Topic[] {
  const department = texts.department;
  // The department and whatever is glued to it (`금융투자과의`), word by word.
  const withoutDepartment = (t: string) => (department ? t.split(' ').filter((word) => !word.includes(department)).join(' ').trim() : t);
  return [...new Set([texts.topic, texts.typedTopic].map(withoutDepartment))].filter(Boolean).map((text) => {
    const required = hardWords(text, kb.lexicon, kb.vocabulary);
    return { text, terms: matchTerms(text), required, named: required.map((w) => namedWord(w, kb.vocabulary.has(w))) };
  });
}
