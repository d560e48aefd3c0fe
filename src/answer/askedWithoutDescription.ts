import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { describingClauses, isGivingStem, mayBeJoiningVerb, type DescribingClause } from '../text/grammar';
import { writtenIn } from './sectionMatches';
import { analyzeQuestion } from './analyzeQuestion';
import { compactText } from './compactText';
import { programWrites } from './namesOtherEdition';
import { narrowsWhere } from './narrowsWhere';
import { namedWords } from './followUp';
import { answersOtherPlace } from './answersOtherPlace';
import { describedProgram } from './describedProgram';
import { withReading } from './withReading';
import { holdsQuestionWord } from './holdsQuestionWord';

/**
 * A question refused whole that describes what it names with a clause before the name (`청년
 * 구직자들 SW·디지털 교육시켜주는 청년취업사관학교요, 그거 예산 얼마`, `캠퍼스타운 출신 유망 스타트업
 * 스케일업 돕는 동북권 지원센터 위치`), asked without the clause. The answer stands when the reports
 * write the clause's words (all but one in four) and the answered program writes most of them: the
 * asker described it rightly. A clause saying where or when (`군포에 있는 기술교육원`, `부산에`)
 * narrows the question instead, and a place answer of another place of the name (`노량진에 있는
 * 청년일자리센터`) would not do. Null otherwise.
 *
 * @example
 * askedWithoutDescription(kb, '캠퍼스타운 출신 유망 스타트업 스케일업 돕는 동북권 지원센터 위치가 어디예요?', ask)?.found; // true
 */
export function askedWithoutDescription(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const clauses = describingClauses(input, (stem) => kb.vocabulary.has(stem.toLowerCase()));
  for (const described of clauses.slice(0, MAX_TRIED)) {
    const answer = askedWithout(kb, input, described, ask);
    if (answer) return answer;
  }
  return null;
}

/** Most clauses tried, last first. */
const MAX_TRIED = 3;

/** The question asked without one describing clause, when the answer fits the description. */
function askedWithout(kb: Knowledge, input: string, described: DescribingClause, ask: (question: string) => Answer): Answer | null {
  // A word the reports never write (`해외연수`) describes something else, unless it is one among many; a verb (`교육시켜주`) describes nothing.
  // A place or year (`군포에 있는`, `부산에`) says which one: the question narrows, it does not describe.
  const required = analyzeQuestion(kb, described.clause).topics.flatMap((t) => t.required).filter((word) => !isGivingStem(word));
  const written = new Set(required.filter((word) => writtenIn(kb.match.sections, compactText(word).toLowerCase())));
  // A verb the reports do not write (`허물고 새로 짓는`) describes nothing either.
  const named = required.filter((word) => written.has(word) || !mayBeJoiningVerb(word));
  const unwritten = named.filter((word) => !written.has(word));
  if (named.length === 0 || /\d/.test(described.clause)) return null;
  const places = named.filter((word) => narrowsWhere(kb, word));
  // `… 입점이랑 마케팅 도와주는 사업 올해 예산`: what the clause describes is named only as `사업`: the program it describes.
  if (namedWords(kb, described.after).length === 0) return askedOfDescribed(kb, described, places, ask);
  if (places.length > 0) return null;
  // One word the reports lack among three they write is the asker's own (`캠퍼스타운 출신 유망 스타트업`).
  if (unwritten.length * 3 > named.length - unwritten.length) return null;
  const answer = ask(described.rest);
  if (!answer.found) return null;
  // `노량진에 있는 청년일자리센터`: the 중구 장교동 centre is another place of the name.
  if (answersOtherPlace(kb, { text: input }, answer)) return null;
  // Most of what the clause says (`스타트업` may be the report's `창업기업`).
  return named.filter(programWrites(kb, answer)).length * 2 > named.length ? answer : null;
}

/**
 * The question asked of the program a clause describes by what it does, when it names the program
 * only by a word for any (`사업`, `거`): the answer says how the clause was read. The clause must
 * pick out one program well ahead of any other (`describedProgram`), whose text writes every place
 * the clause says.
 */
function askedOfDescribed(kb: Knowledge, described: DescribingClause, places: readonly string[], ask: (question: string) => Answer): Answer | null {
  // What follows still asks something (`… 사업 올해 돈 얼마`), not only whom the asker addresses (`… 아시는 분`).
  if (!holdsQuestionWord(kb.lexicon, described.tail)) return null;
  const program = describedProgram(kb, described.clause);
  if (!program) return null;
  const answer = ask(`${program} ${described.rest}`);
  // A place the clause says (`동대문에 … 운영하는`) is where the program it describes is.
  if (!answer.found || !places.every(programWrites(kb, answer))) return null;
  return withReading(answer, { typed: described.clause, read: program });
}
