import type { Knowledge } from '../knowledge/Knowledge';
import type { Question } from './Question';
import type { SectionHit } from '../search/SectionIndex';
import { readTypos } from './readTypos';
import { computeTopics } from './topics';
import { topicOf } from './topicOf';
import { type AsideWords, withoutAsides } from './withoutAsides';
import { isReportName } from './isReportName';
import { narrowsWhere } from './narrowsWhere';
import { withSectionNames } from './sectionReference';
import { spaceGlued } from './spaceGlued';
import { dotJoined } from './dotJoined';
import { reportDatesAsWords } from '../dates/reportDatesAsWords';
import { withoutEmoticons } from '../text/withoutEmoticons';
import { openingParticle, particleBeforeBracket, particleFor, spacedVersus, withoutHanjaGloss, withSpelledNumbers, withoutDescribingBrackets, withoutForgottenParts, withoutLikeSpeaker, withoutRegardingParticle, withPerOneJoined } from '../text/grammar';

/** Brackets around a word are not part of it (`서울큐브(구 애니센터)`). */
const BRACKETS = /[()[\]{}]/g;

/** Longest question we read; the rest is ignored (Slack allows far more, nobody asks that much). */
export const MAX_QUESTION_LENGTH = 300;

/**
 * Cleans a question for matching: NFKC, OCR corrections (so `금용투자과` finds 금융투자과), short
 * names expanded to the program they stand for, and the topic stripped of question words.
 *
 * @example
 * analyzeQuestion(kb, '캠타 예산 얼마야?').topic; // '캠퍼스타운' (alias expanded)
 */
export function analyzeQuestion(kb: Knowledge, input: string, correct: (text: string) => string = kb.match.correct): Omit<Question, 'asOf'> {
  const original = typedQuestion(input);
  // A date written the report's way (`’22.11월`) is read as words (`22년 11월`), like any other date.
  const cleaned = correct(withoutHanjaGloss(reportDatesAsWords(withSpelledNumbers(withSectionNames(kb, withoutSlackMarkup(original, (label) => kb.lexicon.answerKinds.some(({ kind, cue }) => kind === 'contact' && cue.test(label))))).normalize('NFKC').slice(0, MAX_QUESTION_LENGTH).replace(/[\u0000-\u001F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' '))));
  let text = readWords(kb, cleaned);
  const vocabulary = kb.vocabulary;
  const typos = readTypos(text, vocabulary, kb.lexicon);
  text = typos.text;
  const typedTopic = topicOf(text, vocabulary, kb.lexicon);
  text = expandAliases(kb, text);
  const department = findDepartment(kb, text.replace(/\s+/g, ''));
  const topic = topicOf(text, vocabulary, kb.lexicon);
  const topics = computeTopics(kb, { topic, typedTopic, department });
  const reportNames = kb.library.documents.length > 1 ? kb.library.names : null;
  return { original, text, topic, typedTopic, department, readAs: typos.readAs, topics, sectionHits: sectionSearch(kb), reportNames };
}

/**
 * The question's words as the matcher reads them: forgotten parts of names joined back, describing
 * brackets, glued particles and asides left out, synonyms read, brackets of former names, bases and
 * exceptions dropped.
 */
function readWords(kb: Knowledge, cleaned: string): string {
  const isNoun = (stem: string) => kb.vocabulary.has(stem.toLowerCase());
  const forgotten = withoutForgottenParts(cleaned, (word) => kb.lexicon.glue.known.has(word));
  // A department keeps its 과 before 관련 (`바이오SI산업과 관련 예산`).
  const isDepartment = (word: string) => kb.match.departments.some((d) => d.full.test(word.toLowerCase()));
  const joined = withoutRegardingParticle(withPerOneJoined(withoutLikeSpeaker(withoutDescribingBrackets(forgotten, isNoun)), isNoun), (word) => isNoun(word) || isDepartment(word));
  const read = withoutAsides(spaceGlued(dotJoined(particleBeforeBracket(joined), kb.vocabulary), kb.lexicon.glue), asideWordsOf(kb));
  // Synonyms first, so `(구 부담분)` is read as 구비 before a bracket of a former name is dropped.
  const { formerNameAside, basisAside, exceptAside } = kb.lexicon;
  return kb.lexicon.readSynonyms(kb.lexicon.withoutEquivalentRepeats(read).replace(/\s+/g, ' ')).replace(formerNameAside, ' ').replace(basisAside, ' ').replace(exceptAside, ' ').replace(BRACKETS, ' ').replace(/\s+/g, ' ');
}

/**
 * What the aside reader needs of a knowledge base: its words, its lexicon, its names and what narrows.
 *
 * @example
 * withoutAsides('회의 자료에 넣으려는데, 뷰티복합문화공간 예산 얼마?', asideWordsOf(kb));
 */
export function asideWordsOf(kb: Knowledge): AsideWords {
  return { vocabulary: kb.vocabulary, lexicon: kb.lexicon, isName: (word) => isReportName(kb, word), narrows: (word) => narrowsWhere(kb, word) };
}

/**
 * The question as typed, trimmed and cut to `MAX_QUESTION_LENGTH` characters, `vs` spaced out
 * from the names it sets against each other (`창작뜰vs배움뜰`).
 *
 * @example
 * typedQuestion('  예산?  '); // '예산?'
 */
export function typedQuestion(input: string): string {
  return withoutEmoticons(spacedVersus([...input.slice(0, MAX_QUESTION_LENGTH * 4).normalize('NFC').trim()].slice(0, MAX_QUESTION_LENGTH).join('')));
}

/** The index's search, remembered for the question: several intents ask it the same. */
function sectionSearch(kb: Knowledge): Question['sectionHits'] {
  const hits = new Map<string, SectionHit[]>();
  return (query, limit) => {
    let found = hits.get(query);
    if (!found) hits.set(query, (found = kb.index.search(query, { limit: 20 })));
    return found.slice(0, limit);
  };
}



/**
 * Slack's special syntax (`<!channel>`, `<@U123>`, `<https://…|label>`, or `@channel` and `@이름` as
 * the Slack layer shows them) and its formatting (a quote's `> `, `code`, *bold*, _italic_, ~strike~)
 * are not part of the question.
 */
function withoutSlackMarkup(text: string, isContactWord: (label: string) => boolean = () => false): string {
  return withoutMrkdwn(text)
    .replace(/<([!@#][^>|]*)(?:\|([^>]*))?>/g, ' ')
    // A link's label is what it links to (`서울큐브 공고`), unless it only says it is a link (`링크`): no contact asked.
    .replace(/<[^>|]*\|([^>]*)>/g, (_, label: string) => (isContactWord(label) ? ' ' : ` ${label} `))
    .replace(/<[^>]*>/g, ' ')
    .replace(/(?<![\w.])@(?:channel|here|everyone|[UW][A-Z0-9]{6,})\b|(?<![\w])#C[A-Z0-9]{6,}\b/g, ' ')
    .replace(/(?<![\p{L}\p{N}.])@[\p{L}\p{N}_.]+/gu, ' ');
}

/** Slack's formatting marks: a quote's `> ` at a line's start, `code` ticks, and *bold*, _italic_, ~strike~ around words; emoji and lone letters. */
function withoutMrkdwn(text: string): string {
  return text
    // Emoji and chat's lone letters (`🏆`, `ㅋㅋ`, `ㅠㅠ`, `ㄱ`): feeling, not words.
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+|[\u3131-\u318E]+/gu, ' ')
    .replace(/^[ \t]*(?:>|&gt;)[ \t]?/gm, '')
    .replace(/`+/g, ' ')
    .replace(/(?<![\p{L}\p{N}])([*_~])([^*_~\n]{1,80}?)\1(?![\p{L}\p{N}])/gu, '$2');
}

/** Replaces short names with the name the report uses (`캠타` → `캠퍼스타운`), spacing ignored. */
function expandAliases(kb: Knowledge, text: string): string {
  let now = compact(text);
  for (const { alias, target, targetCompact, pattern } of kb.match.aliasRules) {
    if (!now.includes(alias)) continue;
    // Both named (`애니메이션센터 재건축(서울큐브)`): the target says it already; an alias inside the target's name stays.
    // A target inside the alias itself (`패션허브` in 서울패션허브) is not named besides it.
    if (now.split(alias).join(' ').includes(targetCompact)) {
      if (!targetCompact.includes(alias)) text = text.replace(pattern, ' ');
      now = compact(text);
      continue;
    }
    text = withName(text, pattern, target);
    now = compact(text);
  }
  return text.replace(/\s+/g, ' ').trim();
}

function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}


/**
 * The department a question names in full (`금융투자과`) or by a stem the lexicon allows
 * (`금융투자`, `캠퍼스타운과`), when only one fits.
 */
function findDepartment(kb: Knowledge, compact: string): string | null {
  const lower = compact.toLowerCase();
  const departments = kb.match.departments;
  const full = departments.find((d) => d.full.test(lower));
  if (full) return full.name;
  const byStem = departments.filter((d) => d.stems.some((stem) => stem.test(lower)));
  return byStem.length === 1 ? byStem[0]!.name : null;
}

/**
 * The first match of `pattern` replaced by `name`, a particle written onto it kept in the form the
 * name takes (`전담창구는` → `… 전담창구는`, `창작뜰이랑` → `패션허브랑`).
 */
function withName(text: string, pattern: RegExp, name: string): string {
  const found = pattern.exec(text);
  if (!found) return text;
  const after = text.slice(found.index + found[0].length);
  const particle = openingParticle(after);
  return `${text.slice(0, found.index)} ${name}${particle ? particleFor(name, particle) : ''} ${after.slice(particle?.length ?? 0)}`;
}
