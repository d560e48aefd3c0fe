import { stripParticle } from '../search/tokenize';

/** Multi-word ways of asking, removed before the words are looked at one by one. */
const PHRASES = /알\s*수\s*있[을나][까요]*|알려\s*주실\s*수\s*있\S*|몇\s*(?:명|군데|개소|개|곳|건|층|프로|퍼센트|%)|문\s*(?:열|여)\S*|어느\s*정도|얼마나\s*(?:돼|되|들어|해)\S*/g;
/** A word that starts like a question word is the question, not its topic. */
const QUESTION_WORD = /^(?:어디|언제|얼마|몇|무슨|어느|어떤|누가|누구|뭐|무엇|왜|어떻게|알려|가르쳐)/;
/** Words that name the kind of answer wanted (`예산`, `위치`) or politeness (`알려줘`). */
const INTENT_WORDS = new Set([
  '예산현액', '원인행위액', '집행률', '집행율', '지출액', '소요예산', '사업예산', '총사업비', '예산', '사업비', '금액', '비용', '돈',
  '향후계획', '추진계획', '계획', '일정', '기간', '날짜', '인력', '직원', '결원', '인력현황', '집행', '순위', '지출', '원인행위', '시기', '시점', '위치', '주소', '장소', '정원', '현원', '인원', '담당', '부서', '업무',
  '알려줘', '알려주세요', '알려줘요', '알려', '주세요', '궁금해', '궁금합니다', '궁금', '말해줘', '보여줘', '해줘', '있어', '있나', '있나요', '있음', '있는지',
  '돼', '되나', '되나요', '됐어', '해', '해요', '했어', '하나요', '인가요', '입니까', '이야', '좀', '혹시', '그럼', '그리고',
]);
/** Sentence endings glued to the last word (`개관이야`, `얼마였죠`), longest first. */
const ENDINGS = ['습니까', '됐습니까', '인가요', '이에요', '입니까', '였나요', '였어요', '였죠', '였지', '였어', '이었어', '했어', '하나요', '이야', '인가', '인지', '나요', '까요', '예요', '에요', '이죠', '이지', '죠', '야', '요', '음', '임'];

/**
 * What a question is about: its words without question words, endings, particles and the words
 * that only name the kind of answer wanted. A word the report itself uses is never cut
 * (`단지` keeps its `지`), so pass the report's vocabulary.
 *
 * @example
 * topicOf('서울큐브 언제 열어?', vocabulary);      // '서울큐브 열어'
 * topicOf('청년취업사관학교 예산은 얼마야', vocabulary); // '청년취업사관학교'
 */
export function topicOf(text: string, vocabulary: ReadonlySet<string>): string {
  const words: string[] = [];
  for (const raw of text.replace(PHRASES, ' ').split(/[\s?？!,~]+/)) {
    let word = raw.replace(/^[.'"“”‘’()[\]]+|[.'"“”‘’()[\]]+$/g, '');
    if (!word || QUESTION_WORD.test(word)) continue;
    for (let changed = true; changed && !vocabulary.has(word.toLowerCase()) && !INTENT_WORDS.has(word); ) {
      changed = false;
      const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 2);
      if (ending) {
        word = word.slice(0, -ending.length);
        changed = true;
        continue;
      }
      const stem = stripParticle(word);
      if (stem !== word) {
        word = stem;
        changed = true;
      }
    }
    // `모집기간`, `캠퍼스타운예산`: the kind of answer glued to what it is about.
    const glued = [...INTENT_WORDS].find((w) => w.length >= 2 && word.endsWith(w) && word.length - w.length >= 2);
    if (glued && !vocabulary.has(word.toLowerCase())) word = word.slice(0, -glued.length);
    if (!INTENT_WORDS.has(word) && !QUESTION_WORD.test(word)) words.push(word);
  }
  return words.join(' ');
}
