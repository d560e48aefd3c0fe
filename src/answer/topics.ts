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
 * beside a program (`미디어콘텐츠산업과 서울큐브` says who, not what), and each also without the
 * office whose report it is (`경제정책실 정책비전`). Computed once per question.
 */
export function computeTopics(kb: Knowledge, texts: { topic: string; typedTopic: string; department: string | null }): Topic[] {
  const department = texts.department;
  // The department and whatever is glued to it (`금융투자과의`), word by word.
  const withoutDepartment = (t: string) => (department ? t.split(' ').filter((word) => !word.includes(department)).join(' ').trim() : t);
  // `경제정책실 정책비전`: the office whose report it is names every line of it, so a reading without it too.
  const offices = new Set(kb.documents.map((d) => d.office));
  const withoutOffice = (t: string) => t.split(' ').filter((word) => !offices.has(word)).join(' ');
  const readings = [texts.topic, texts.typedTopic].map(withoutDepartment);
  const topics = [...new Set(readings)].filter(Boolean).map((text) => topicOf(kb, text));
  // Only when something besides a number is still named (`경제정책실 예산`, `2019년 경제정책실 예산` are the office's own).
  const withoutOffices = [...new Set(readings.map(withoutOffice))].filter((text) => text && !readings.includes(text)).map((text) => topicOf(kb, text));
  return [...topics, ...withoutOffices.filter((t) => t.required.some((w) => !/\d/.test(w)))];
}

function topicOf(kb: Knowledge, text: string): Topic {
  const required = hardWords(text, kb.lexicon, kb.vocabulary);
  return { text, terms: matchTerms(text), required, named: required.map((w) => namedWord(w, kb.vocabulary.has(w), [], kb.vocabulary, kb.lexicon.softWords)) };
}
