/** Endings that point at what the next sentence asks about (`있잖아요`, `사업이요`). */
const POINTING = '있잖아요|잖아요|이요';

/** Words that point back at what the words before them describe (`… 뷰티 체험공간 그거 언제 오픈해요?`). */
const POINTERS = '그거|거기|그곳|그건|그게';

/** What a description ends in before the question (`… 청년 코딩학교 같은 거 언제 문 열어요?`), and the question words it is followed by. */
const LIKE = '같은\\s거';
const ASKING = '언제|어디|얼마|몇|누가|누구|뭐|무슨|어느';

/** Where a question's sentences and clauses break (see `sentencesOf`). */
const SENTENCE_BREAK = new RegExp(`(?<=[?？!！。]|[가-힣][.．]|[가-힣](?:는데|인데|한데|던데|은데)요?[,，]?|[가-힣](?:${POINTING}|거요)[,，.…]*|\\s거요[,，.…]+|[가-힣]\\s(?:${POINTERS}))\\s+|(?<=[가-힣]\\s${LIKE}[,，]?)\\s+(?=${ASKING})`, 'u');

/** A sentence ending as one that points does, or as what someone heard (`… 짓고 있다던데,`). */
const POINTING_END = new RegExp(`(?:[가-힣](?:${POINTING}|다던데|라던데|던데|다는데|라는데)|[가-힣\\s]거요|[가-힣]\\s(?:${POINTERS})|[가-힣]\\s${LIKE})[,，.…]*$`, 'u');

/**
 * The sentences of a question, and the clauses a linking `-는데` ends (`사장님이 물어보시는데 …`, `… 들었는데, …`, `… 주는 사업 있잖아요, …`),
 * a run-on question cut after the word ending its spoken sentence (`주소가 어디야 공장 …`, see `runOnSentences`):
 * `시네마테크 언제 문 열어요? 어르신이 물어보셔서요` → two. A full stop counts only after a Hangul
 * syllable and before a space, so `'22.11.` and `9.30.` stay whole. One part when there is no break.
 *
 * @example
 * sentencesOf('기술교육원 나오면 취업 잘되나요? 작년 취업률이 몇퍼였어요?');
 * // ['기술교육원 나오면 취업 잘되나요?', '작년 취업률이 몇퍼였어요?']
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .flatMap(runOnSentences)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** A question word (`어디`, `몇개나`) at the start of a word. */
const ASKING_WORD = new RegExp(`^(?:${ASKING})`, 'u');

/** A question word with the ending of a spoken sentence (`어디야`, `얼마니`, `몇개야`). */
const ASKING_END = /(?:야|냐|니|까)$/u;

/** A verb ending a spoken sentence (`접수해야돼`, `얼마 나와`, `뽑혔어`, `지어져`, `되나`), never a joining form (`위탁받아`) or a noun (`하나`). */
const SPOKEN_END = /(?:돼|나와|[았었였했됐혔렸겼]어|어져|[되있없]나)$/u;

/** A helping verb after a main one (`있나요`, `주세요`, `보면`, `들어가야 하나요`): the sentence goes on. */
const HELPER = /^(?:있|없|주|줘|보|봐|놓|두|드|하|해|되|돼)/u;

/** Most words from a question word to the word ending its sentence (`어디 가서 접수해야돼`). */
const RUN_TO_END = 3;

/**
 * A run-on question typed without punctuation (`… 주소가 어디야 공장 자동화 할 애들 좀 구해보려고`),
 * cut after each word ending a spoken sentence within three words of a question word.
 */
function runOnSentences(part: string): string[] {
  const words = part.trim().split(/\s+/);
  const sentences: string[] = [];
  let start = 0;
  let asked = -1;
  words.forEach((word, i) => {
    if (ASKING_WORD.test(word)) asked = i;
    // `집계돼 있나요`, `나와 있나요`: a verb and its helper are one.
    const helped = HELPER.test(words[i + 1] ?? '');
    // A verb ends a sentence, or the question word itself with an ending (`어디야`); never a noun ending so (`분야`).
    const ends = SPOKEN_END.test(word) || (ASKING_WORD.test(word) && ASKING_END.test(word));
    if (asked >= start && i - asked <= RUN_TO_END && i < words.length - 1 && ends && !helped) {
      sentences.push(words.slice(start, i + 1).join(' '));
      start = i + 1;
    }
  });
  return [...sentences, words.slice(start).join(' ')];
}

/**
 * A short sentence guessing where (`남산쪽?`, `강남 근처인가요?`): the asker's guess at the answer,
 * never another question nor where the first one is narrowed to.
 *
 * @example
 * guessesWhere('남산쪽?');     // true
 * guessesWhere('부산에도 있어?'); // false
 */
export function guessesWhere(sentence: string): boolean {
  const words = sentence.trim().replace(/[?？!.…]+$/u, '').split(/\s+/);
  // `어느 쪽?`, `그쪽?`, `반대쪽?` ask or point; only a place's side guesses (`남산쪽`, `강남 근처`).
  return words.length <= 2 && !/^(?:어느|그|이|저|반대|양)/u.test(words[0]!) && /[가-힣]{2}\s?(?:쪽|근처|부근|인근)(?:이에요|인가요|인가|이죠|요)?$/u.test(words.join(' '));
}

/**
 * Whether a sentence likens what it describes to something (`화장품 체험하는 매장 같은 거`,
 * `비슷한 사업`): a description of a program, not the thing itself.
 *
 * @example
 * likensSomething('DDP에 화장품 체험하는 매장 같은 거 만든다던데'); // true
 * likensSomething('올해 12월에 개관하는 극장 있다던데');            // false
 */
export function likensSomething(sentence: string): boolean {
  return /같은\s?(?:거|것)|비슷한/u.test(sentence);
}

/**
 * Whether a sentence points at something the next one asks about (`… 주는 그 학교 있잖아요..`,
 * `… 짓는 사업이요,`, what someone heard: `… 새로 짓고 있다던데,`): it describes what is asked about, so its words are a description, not names.
 *
 * @example
 * pointsAt('청년 취업 교육해 주는 그 학교 있잖아요..'); // true
 */
export function pointsAt(sentence: string): boolean {
  return POINTING_END.test(sentence.trim());
}


/** A sentence ending in a word pointing back at what it describes (see `describesBack`). */
const DESCRIBES_END = new RegExp(`[가-힣]\\s(?:${POINTERS}|그것)요?[.…!]*$`, 'u');

/**
 * Whether a sentence describes what a question asked about, pointing back at it (`청년 정규직
 * 뽑으면 돈 준다는 그거`): said after a question naming it, it asks nothing more.
 *
 * @example
 * describesBack('청년 정규직 뽑으면 돈 준다는 그거'); // true
 * describesBack('그거 언제 해?');                  // false
 */
export function describesBack(sentence: string): boolean {
  return !/[?？]/.test(sentence) && DESCRIBES_END.test(sentence.trim());
}
