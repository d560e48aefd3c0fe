import { HOW_MANY_PHRASES, isKnownWithTail, SENTENCE_ENDINGS, VERB_FORMS } from '../text/grammar';
import type { CueFile, IntentWordsFile, LexiconFile } from './LexiconFile';
import { makeSynonymReader, withDayWords } from './readSynonyms';
import { TypoCorrector } from './TypoCorrector';
import { equivalentReadings, withoutEquivalentRepeats, type EquivalentReading } from './equivalentReadings';
import { NO_WORDS, phrasePattern, WordCue } from './WordCue';
import { basisAside, exceptAside, formerNameAside } from './asidePatterns';
import { gluedStopWordOf } from './gluedStopWord';
import type { GlueWords } from '../answer/spaceGlued';

/** What one intent is asked with, compiled. */
export interface IntentWords {
  /** Whether the question's words ask for this intent. */
  asks(text: string): boolean;
  /** A named cue (`budget` → `area`); one the lexicon lacks never matches. */
  cue(name: string): WordCue;
  /** Fact kinds and the words asking for each, in the lexicon's order. */
  kinds: readonly { kind: string; cue: WordCue }[];
}

/**
 * `corpus/lexicon.json` compiled once per load: the word sets and patterns the question reader,
 * the matcher and the intents use.
 */
export interface Lexicon {
  source: LexiconFile;
  /** Rewrites the question's synonyms into the report's words (`시급` → `시간당`). */
  readSynonyms: (text: string) => string;
  /** The question read again with each equivalent word swapped (`AI` → `인공지능`); see `equivalentReadings`. */
  equivalents: (text: string) => EquivalentReading[];
  /** The question without a second word of an equivalence group it already names (`FDI(외국인직접투자)`). */
  withoutEquivalentRepeats: (text: string) => string;
  /** Reads a mistyped word as the word meant (`예싼` → `예산`); see `TypoCorrector`. */
  typos: TypoCorrector;
  /** A word starting with one of these is the question (`어디야`), not its topic. */
  questionWords: readonly string[];
  /** Whether a word starts with one of `questionWords` (`어디야`). */
  isQuestionWord: (word: string) => boolean;
  /** Multi-word ways of asking, each with the rest of its last word (`알 수 있을까요`). */
  questionPhrases: RegExp;
  /** Whole words removed from the topic: asking words, verb forms and every intent's answer words. */
  topicStopWords: ReadonlySet<string>;
  /** The intents' answer words alone (`지출액`, `집행률`, `위치`): words naming the kind of answer. */
  answerWords: ReadonlySet<string>;
  /** The longest stop word glued to the end of a word with two syllables or more before it: a kind of answer glued to its subject (`모집기간` → `기간`). */
  gluedStopWord: (word: string) => string | undefined;
  softWords: ReadonlySet<string>;
  /** Words linking two nouns (`참여자 대상 정규직`): named only when nothing follows them. */
  linkWords: ReadonlySet<string>;
  /** Words closing a question that checks a value it states (`맞습니까`, `사실인가요`). */
  checks: WordCue;
  /** The end of a clause stating what the asker already knows (`… 들었는데,`): its phrase, its marks and the space after. */
  premiseEnd: RegExp;
  /** A bracketed former name (`(구 애니센터)`), removed from a question; never matches without former-name words. */
  formerNameAside: RegExp;
  /** A word and the "other than" word after it (`DDP 말고`), removed from a question. */
  exceptAside: RegExp;
  /** A bracket ending in a basis word (`(하반기 학과개편 반영 기준)`), an aside. */
  basisAside: RegExp;
  /** Words of why and how someone asks (`브리핑`, `민원`, `숫자`): see `withoutAsides`. */
  asideWords: ReadonlySet<string>;
  /** Kinds of value a question asks for (`count` for 몇 명, `age` for 나이), and their words. */
  answerKinds: readonly { kind: string; cue: WordCue }[];
  whichWords: readonly string[];
  genericHeads: readonly string[];
  genericTails: readonly string[];
  thisYear: WordCue;
  departments: LexiconFile['departments'];
  /** The words a question typed without spaces is read back into (see `spaceGlued`). */
  glue: GlueWords;
  intent(name: string): IntentWords;
}

/**
 * Compiles a validated lexicon file.
 *
 * @example
 * const lexicon = compileLexicon(file, kb.vocabulary);
 * lexicon.intent('budget').asks('캠퍼스타운 예산 얼마'); // true
 */
export function compileLexicon(file: LexiconFile, vocabulary: ReadonlySet<string> = new Set(), names: readonly string[] = []): Lexicon {
  const intents = new Map(Object.entries(file.intents).map(([name, entry]) => [name, compileIntent(entry)]));
  const stopWords = new Set([...Object.values(file.intents).flatMap((i) => i.answerWords), ...file.requestWords, ...file.verbs, ...file.checkWords, ...VERB_FORMS]);
  const empty = compileIntent({ words: [], unless: [], answerWords: [], cues: {}, kinds: {} });
  const known = knownWords(file, vocabulary, names);
  return {
    source: file,
    readSynonyms: withDayWords(makeSynonymReader(file, vocabulary), file),
    equivalents: equivalentReadings(file.equivalents),
    withoutEquivalentRepeats: withoutEquivalentRepeats(file.equivalents),
    typos: typoCorrector(file, known),
    questionWords: file.questionWords,
    isQuestionWord: (word) => file.questionWords.some((q) => word.startsWith(q)),
    questionPhrases: new RegExp(`(?:${[...file.questionPhrases, ...HOW_MANY_PHRASES].map(phrasePattern).join('|')})\\S*`, 'gi'),
    topicStopWords: stopWords,
    answerWords: new Set(Object.values(file.intents).flatMap((i) => i.answerWords)),
    gluedStopWord: gluedStopWordOf([...stopWords, ...kindWords(file)]),
    softWords: new Set([...file.softWords, ...kindWords(file)]),
    linkWords: new Set(file.linkWords),
    checks: new WordCue(file.checkWords),
    premiseEnd: new RegExp(`(?:${file.premiseWords.map(phrasePattern).join('|') || '(?!)'})[,，.。…]*\\s+`, 'g'),
    formerNameAside: formerNameAside(file.formerNameWords),
    exceptAside: exceptAside(file.exceptWords),
    basisAside: basisAside(file.basisWords),
    asideWords: new Set(file.asideWords),
    answerKinds: Object.entries(file.answerKinds).map(([kind, cue]) => ({ kind, cue: compileCue(cue!) })),
    whichWords: file.whichWords,
    genericHeads: file.genericWords.heads,
    genericTails: file.genericWords.tails,
    thisYear: new WordCue(file.thisYearWords),
    departments: file.departments,
    glue: { known: known.all, asking: new Set(file.questionWords.filter((w) => w.length >= 2)) },
    intent: (name) => intents.get(name) ?? empty,
  };
}

/** The one-word words of the answer kinds but fees (`건수`, `나이`): soft, and cut off a word they are glued to (`지원건수`). */
function kindWords(file: LexiconFile): string[] {
  // A fee word (`입장료`) names the thing charged for as well as the kind of value: never soft.
  return Object.entries(file.answerKinds)
    .filter(([kind]) => kind !== 'fee')
    .flatMap(([, cue]) => (cue === undefined ? [] : Array.isArray(cue) ? cue : cue.words))
    .filter((w) => !/\s/.test(w));
}

function compileIntent(entry: IntentWordsFile): IntentWords {
  const words = new WordCue(entry.words);
  const unless = new WordCue(entry.unless);
  const cues = new Map(Object.entries(entry.cues).map(([name, cue]) => [name, compileCue(cue)]));
  return {
    asks: (text) => words.test(text) && !unless.test(text),
    cue: (name) => cues.get(name) ?? NO_WORDS,
    kinds: Object.entries(entry.kinds).map(([kind, list]) => ({ kind, cue: new WordCue(list) })),
  };
}

function compileCue(cue: CueFile): WordCue {
  return Array.isArray(cue) ? new WordCue(cue) : new WordCue(cue.words, cue.except);
}

/** Every word the lexicon lists (phrases split at spaces), for the typo corrector. */
function lexiconWords(file: LexiconFile): string[] {
  const words: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (key === '$comment') return;
    if (typeof value === 'string') words.push(...value.toLowerCase().split(/\s+/));
    else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(file);
  return words;
}

/** The words of a corpus: the report's, the lexicon's and the program names' (read once for the typo corrector and `spaceGlued`). */
interface KnownWords {
  vocabulary: ReadonlySet<string>;
  fromLexicon: readonly string[];
  nameWords: readonly (readonly string[])[];
  /** All of them, with grammar (verb forms, sentence endings). */
  all: ReadonlySet<string>;
}

function knownWords(file: LexiconFile, vocabulary: ReadonlySet<string>, names: readonly string[]): KnownWords {
  const fromLexicon = lexiconWords(file);
  const nameWords = names.map((n) => n.toLowerCase().split(/[\s\p{P}\p{S}]+/u));
  return { vocabulary, fromLexicon, nameWords, all: new Set([...vocabulary, ...fromLexicon, ...nameWords.flat(), ...VERB_FORMS, ...SENTENCE_ENDINGS]) };
}

/** Each intent's words, answer words and kinds, and the question words: the words that route a question. */
function routingWords(file: LexiconFile): string[] {
  return [...file.questionWords, ...Object.values(file.intents).flatMap((i) => [...i.words, ...i.answerWords, ...Object.values(i.kinds).flat()])];
}

/**
 * The typo corrector of a corpus: long words from the report, the lexicon and the program names;
 * two-syllable typos only for the words that route a question (each intent's words, answer words
 * and kinds, and the question words). Known words are all of those, grammar, and any of them
 * with a particle or ending.
 */
function typoCorrector(file: LexiconFile, { vocabulary, fromLexicon, nameWords, all: known }: KnownWords): TypoCorrector {
  const fromNames = nameWords.flat();
  const routing = routingWords(file);
  // Latin names of two words, for the same written together (`tryeverything`).
  const latinPairs = nameWords.flatMap((all) => all.flatMap((w, i) => (i > 0 && /^[a-z]+$/.test(w) && /^[a-z]+$/.test(all[i - 1]!) ? [`${all[i - 1]} ${w}`] : [])));
  return new TypoCorrector({
    long: [...vocabulary, ...fromLexicon, ...fromNames],
    latinPairs,
    // A name (`서울투자청`), one of a few words (`서울형 강소기업`) or a department (`경제정책과`) may be
    // abbreviated by its syllables (`서투청`, `서강기`, `경정과`).
    abbreviated: [
      ...fromNames,
      ...nameWords.filter((words) => words.length >= 2 && words.length <= 3).map((words) => words.join(' ')),
      ...[...vocabulary].filter((word) => word.endsWith(file.departments.suffix)),
    ],
    short: routing,
    isKnown: (word) => known.has(word) || isKnownWithTail(word, (head) => known.has(head)),
  });
}
