import { z } from 'zod';
import { REQUIRED_CUES } from './requiredCues';

const Phrase = z.string().trim().min(1).max(60);
const Words = z.array(Phrase);

/** A named group of words; `except` phrases hide the words inside them (`사업 규모` is not an area). */
export const CueFile = z.union([Words, z.object({ words: Words, except: Words.default([]) }).strict()]);
export type CueFile = z.infer<typeof CueFile>;

/**
 * What one intent is asked with. `words` mark a question as that intent unless an `unless` phrase
 * is there too; `answerWords` name the kind of answer (removed from the topic); `cues` are named
 * word groups the intent's code reads; `kinds` map a fact kind to the words that ask for it.
 */
export const IntentWordsFile = z
  .object({
    words: Words,
    unless: Words.default([]),
    answerWords: Words.default([]),
    cues: z.record(z.string(), CueFile).default({}),
    kinds: z.record(z.string(), Words).default({}),
  })
  .strict();
export type IntentWordsFile = z.infer<typeof IntentWordsFile>;

/** `corpus/lexicon.json`: the words questions are read with (see its `$comment`). */
export const LexiconFile = z
  .object({
    $comment: z.string().optional(),
    synonyms: z.array(z.object({ word: Phrase, variants: Words.min(1), $comment: z.string().optional() }).strict()),
    /**
     * Groups of the report's own words for one thing (`AI`, `인공지능`): a question refused as typed is
     * read again with each swapped for the others (never a program's name: those go in aliases.json).
     */
    equivalents: z.array(Words.min(2)).default([]),
    /** Hanja read as Hangul (`市` → `시`), in the report and in questions. */
    hanja: z.record(z.string().length(1), z.string().min(1).max(4)).default({}),
    questionWords: Words,
    questionPhrases: Words,
    requestWords: Words,
    verbs: Words,
    softWords: Words,
    /** Written onto a schedule event word, these ask for its day: `오픈일`, `완공날짜` are read as `오픈 날짜`, `완공 날짜`. */
    dayTails: Words.default([]),
    /** Words opening a bracketed former name (`서울큐브(구 애니센터)`): the aside is not part of the question. */
    formerNameWords: Words.default([]),
    /** Words saying "other than" after a word (`DDP 말고`, `구비 빼고`): the word before is not what is asked about, and goes with them. */
    exceptWords: Words.default([]),
    /** Words ending a bracket that states a basis (`(하반기 학과개편 반영 기준)`): the bracket is an aside. */
    basisWords: Words.default([]),
    /**
     * Words linking two nouns (`인턴십 참여자 대상 정규직 취업연계`: for the participants): between two
     * words of a question they name nothing; last, they are what is asked (`강소기업 대상`).
     */
    linkWords: Words.default([]),
    /**
     * Words closing a question that checks a value it states (`… 6,434명으로 되어 있는데 맞습니까?`):
     * the value is what the asker believes, never what the answer must hold.
     */
    checkWords: Words.default([]),
    /**
     * Words closing a clause that states what the asker already knows or heard (`… 나뉘어 있다고
     * 들었는데,`, `… '24년 완공이라고 알고 있습니다.`): a question refused whole is asked again with
     * only the names that clause says, before what follows it.
     */
    premiseWords: Words.default([]),
    /**
     * Words of why and how someone asks (`회의`, `보고자료`, `민원`; `표`, `숫자`, `간단히`): a clause of
     * these and verbs before the question, closed by a background ending (`회의 자료에 넣으려는데,`),
     * or a later sentence of only these and verbs (`표에 있는 숫자로요`), is an aside.
     */
    asideWords: Words.default([]),
    /**
     * Words asking for a kind of value (`count`, `percent`, `age`, `list`, `hour`, `organisation`,
     * `fee`: a sum charged, `입장료`): a passage line must carry one. A `fee` word still names what
     * is asked (an `입장권` line never answers `입장료`).
     */
    answerKinds: z.partialRecord(z.enum(['count', 'percent', 'age', 'list', 'hour', 'organisation', 'fee', 'contact']), CueFile).default({}),
    whichWords: Words,
    genericWords: z.object({ heads: Words, tails: Words }).strict(),
    thisYearWords: Words,
    departments: z.object({ suffix: Phrase, officeSuffix: Phrase, genericEnds: Words, bareStemEnds: Words, cityHeads: Words.default([]), unitEnds: Words.default([]) }).strict(),
    intents: z.record(z.string(), IntentWordsFile),
  })
  .strict()
  .superRefine((lexicon, ctx) => {
    for (const [intent, cues] of Object.entries(REQUIRED_CUES)) {
      const entry = lexicon.intents[intent];
      if (!entry) ctx.addIssue({ code: 'custom', path: ['intents', intent], message: `missing: the ${intent} intent reads its words from here` });
      for (const cue of cues) {
        if (entry && !entry.cues[cue]) ctx.addIssue({ code: 'custom', path: ['intents', intent, 'cues', cue], message: 'missing: the intent reads this cue' });
      }
    }
  });
export type LexiconFile = z.infer<typeof LexiconFile>;
