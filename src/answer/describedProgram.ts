import { shortTitle } from '../facts/shortTitle';
import type { Knowledge } from '../knowledge/Knowledge';
import { analyzeQuestion } from './analyzeQuestion';
import { isAllHangul } from '../text/grammar';

/** Fewest words a description names: fewer is a name or a word, not a description of a program. */
const MIN_WORDS = 3;
/** The share of the description's terms the best program's section must hold. */
const MIN_COVERAGE = 0.5;
/** How many times the next program's score the best one's must be: a close second is no answer. */
const LEAD = 1.5;

/**
 * The program a clause describes by what it does rather than by name (`청년들 디지털 교육시켜서
 * 취업까지 연결해 주는 그 학교` → `청년취업사관학교 조성·운영`): the program whose section the
 * section index ranks first for the clause's words, well ahead of any other; null when the clause
 * names too little or two programs fit about as well.
 *
 * @example
 * describedProgram(kb, '중구 초동에 영화 전문 상영관 짓는 사업'); // '영상 복합문화공간 (가칭)서울 시네마테크 건립'
 */
export function describedProgram(kb: Knowledge, clause: string): string | null {
  const asked = analyzeQuestion(kb, clause);
  if ((asked.topics[0]?.required.length ?? 0) < MIN_WORDS || namesOtherThing(kb, asked.topic)) return null;
  const best = new Map<string, { score: number; coverage: number }>();
  for (const hit of asked.sectionHits(asked.topic, 8)) {
    const id = hit.section.programId;
    if (id && !best.has(id)) best.set(id, { score: hit.score, coverage: hit.coverage });
  }
  const [first, second] = [...best].sort((a, b) => b[1].score - a[1].score);
  if (!first || first[1].coverage < MIN_COVERAGE || (second && first[1].score < LEAD * second[1].score)) return null;
  return shortTitle(kb.sectionById.get(first[0])?.title ?? '') || null;
}

/**
 * `노인일자리, 어르신들 하시는 공공형 그거`: a compound named as one word the reports never write,
 * though they write its end (`일자리`), is another thing of that kind, not one of theirs described.
 */
function namesOtherThing(kb: Knowledge, topic: string): boolean {
  return topic.split(' ').some((word) => isOtherThing(kb, word));
}

/**
 * Whether a word is a compound the reports never write whose head they do not write either, though
 * they write its end (`노인일자리`: 노인 + 일자리): another thing of that kind.
 *
 * @example
 * isOtherThing(kb, '노인일자리'); // true
 */
export function isOtherThing(kb: Knowledge, word: string): boolean {
  return word.length >= 4 && isAllHangul(word) && !kb.vocabulary.has(word) && !kb.vocabulary.has(word.slice(0, 2)) && kb.vocabulary.has(word.slice(2));
}
