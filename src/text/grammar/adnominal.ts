import { hasFinalConsonant } from './hangul';

/**
 * Whether a word may be a verb joined to the next (`허물고`, `만들어서`, `짓고`): it ends in a joining
 * ending. Nouns end so too (`공고`, `창고`), so only for words the reports never write.
 *
 * @example
 * mayBeJoiningVerb('허물고'); // true
 */
export function mayBeJoiningVerb(word: string): boolean {
  return /[가-힣](?:고|서|며|면서|거나)$/.test(word);
}

/** Adnominal endings that only a verb takes before a noun (`만든다는`, `하던`): never a particle. */
const QUOTED_ADNOMINAL = /[가-힣](?:다는|라는|던)$/;

/**
 * Whether a word is a verb describing the noun after it (`교육시켜주는 청년취업사관학교`, `돕는
 * 지원센터`, `만든다는 펀드`): it ends in an adnominal `는` whose stem is no noun (`학교는` is a noun
 * with its topic particle), or in `다는`, `라는` or `던`. `isNoun` says whether a stem is a noun
 * the reports write.
 *
 * @example
 * isDescribingVerb('돕는', () => false);              // true
 * isDescribingVerb('펀드는', (w) => w === '펀드');   // false
 */
export function isDescribingVerb(word: string, isNoun: (stem: string) => boolean): boolean {
  const bare = word.replace(/[^\p{L}\p{N}]+$/u, '');
  // `작년보다는` compares, and a noun the reports write may end so (`런던`).
  if (QUOTED_ADNOMINAL.test(bare)) return !/보다는$/.test(bare) && !isNoun(bare);
  if (!/[가-힣]는$/.test(bare)) return false;
  const stem = bare.slice(0, -1);
  if (stem.length > 1 && (isNoun(stem) || isNoun(bare))) return false;
  // A noun ending in a consonant takes `은`, never `는` (`짓는`, `받는` are verbs); one ending in a
  // vowel takes `는` (`좌석 수는`), so its stem must end as verbs' do (`가르치는`, `만드는`, `하는`).
  const last = stem.at(-1)!;
  return hasFinalConsonant(last) || VERB_STEM_ENDS.includes(last);
}

/** Last syllables of verb stems before `는` (`하는`, `되는`, `주는`, `시키는`, `가르치는`, `늘리는`, `키우는`, `만드는`, `보내는`, `여는`, `쓰이는`, `들어서는`). */
const VERB_STEM_ENDS = '하되주시키치리우르드내보오가지기히추여이서';

/** A clause saying only where a thing is (`군포에 있는`, `DDP에 위치한`): it says which one, it does not describe. */
const WHERE_IT_IS = /[가-힣](?:에|에서)\s+(?:있는|있다는|위치한|자리한|소재한)$/;

/**
 * Whether two words say only where a thing is (`노량진에 있는`, `DDP에 위치한`).
 *
 * @example
 * saysWhereItIs('노량진에', '있는'); // true
 * saysWhereItIs('청년을', '돕는');   // false
 */
export function saysWhereItIs(place: string, verb: string): boolean {
  return WHERE_IT_IS.test(`${place} ${verb}`);
}

/** A clause describing what a question then names, and the question without it. */
export interface DescribingClause {
  clause: string;
  rest: string;
  /** The three words right after the clause (`그 학교`, `동북권 지원센터`, `캠퍼스 무슨 타운`). */
  after: string;
  /** Every word after the clause. */
  tail: string;
}

/**
 * Each clause describing what the question then names (`청년 구직자들 SW·디지털 교육시켜주는`
 * before `청년취업사관학교`), last first: a clause runs from the start of its sentence to a
 * describing verb that still has at least one word after it.
 *
 * @example
 * describingClauses('SBA가 위탁받아 하는 R&D 지원 예산', () => false);
 * // [{ clause: 'SBA가 위탁받아 하는', rest: 'R&D 지원 예산', after: 'R&D 지원 예산', tail: 'R&D 지원 예산' }]
 */
export function describingClauses(text: string, isNoun: (stem: string) => boolean): DescribingClause[] {
  const words = text.trim().split(/\s+/);
  const clauses: DescribingClause[] = [];
  for (let end = words.length - 2; end > 0; end--) {
    if (!isDescribingVerb(words[end]!, isNoun) || saysWhereItIs(words[end - 1]!, words[end]!)) continue;
    // The sentence the verb is in starts after the last word closing one (`…요,`, `?`).
    const start = words.slice(0, end).findLastIndex((word) => /[?？.!,，]$/.test(word)) + 1;
    const rest = [...words.slice(0, start), ...words.slice(end + 1)].join(' ');
    clauses.push({ clause: words.slice(start, end + 1).join(' '), rest, after: words.slice(end + 1, end + 4).join(' '), tail: words.slice(end + 1).join(' ') });
  }
  return clauses;
}

/** A bracket's content (`(동대문 패션 R&D 들어있는거)`). */
const BRACKET = /\(([^()]{2,60})\)/g;

/** A describing verb before the thing it names, said as 거, 것 or 곳 (`들어있는거`, `포함된 것`), the word before the verb and the thing. */
function describingVerbOfThing(inner: string): { place: string; verb: string; thing: string } | null {
  const words = inner.trim().split(/\s+/);
  const glued = /^(.*[가-힣])(거|것|곳)$/.exec(words.at(-1)!);
  if (glued) return { verb: glued[1]!, place: words.at(-2) ?? '', thing: glued[2]! };
  return /^(?:거|것|곳)$/.test(words.at(-1)!) && words.length >= 2 ? { verb: words.at(-2)!, place: words.at(-3) ?? '', thing: words.at(-1)! } : null;
}

/**
 * The text without brackets that describe the name before them as "the one that …" (`중소벤처
 * R&D 지원 (동대문 패션 R&D 들어있는거)`), or say what the asker will do (`(DDP 일정표에 넣을거)`):
 * they say which one or why, they are not asked.
 * A bracket saying where the thing is (`(노원에 있는 거)`) stays: it narrows the question.
 *
 * @example
 * withoutDescribingBrackets('R&D 지원 (패션 R&D 들어있는거) 예산', () => false); // 'R&D 지원   예산'
 */
export function withoutDescribingBrackets(text: string, isNoun: (stem: string) => boolean): string {
  return text.replace(BRACKET, (whole, inner: string) => {
    const described = describingVerbOfThing(inner);
    // `(11월에 개관할 곳)`: a date or figure narrows the question, whatever verb it comes with.
    if (!described || /\d/.test(inner) || saysWhereItIs(described.place, described.verb)) return whole;
    // `포함된 거`, `들어있는거`, and what the asker will do with the answer (`일정표에 넣을거`, never a place: `… 할 곳`).
    const willDo = described.thing !== '곳' && /[가-힣](?:을|할|될|쓸|볼|갈|줄)$/.test(described.verb);
    return isDescribingVerb(described.verb, isNoun) || /[가-힣][된한]$/.test(described.verb) || willDo ? ' ' : whole;
  });
}

/** `우리같은 작은 브랜드도`, `저 같은 경우도`: a pronoun of the asker, 같은, at most one describing word, then a noun with 도 or 은/는. */
const LIKE_SPEAKER = /(^|\s)(?:우리|저희|저|제|나|내)\s?같은\s+(?:[가-힣]*[은는운한인]\s+)?[가-힣]+(?:도|은|는)(?=\s|$)/g;

/**
 * The text without the asker likening themselves to what is asked about (`우리같은 작은 브랜드도
 * 강소기업 되면 …`, `저 같은 경우도`): it says who asks, not what. Only the asker's own pronouns
 * (a closed class of the grammar) liken so; `작년 같은 경우는` still says which year.
 *
 * @example
 * withoutLikeSpeaker('우리같은 작은 브랜드도 강소기업 되면'); // ' 강소기업 되면'
 * withoutLikeSpeaker('작년 같은 경우는 예산');              // '작년 같은 경우는 예산'
 */
export function withoutLikeSpeaker(text: string): string {
  return text.replace(LIKE_SPEAKER, (_whole, before: string) => before);
}
