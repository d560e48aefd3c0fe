import { shortTitle } from '../facts/shortTitle';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { continuesWord } from '../text/grammar';
import { normalizeLine } from '../text/normalizeLine';
import { namedWords, namesOwnSubject } from './followUp';
import { analyzeQuestion } from './analyzeQuestion';

/** Bullets, numbering and marks a pasted line starts with (`□`, `▶`, `- `, `①`). */
const LEAD = /^[\s\-□■▶▷○◦●◆※⇨·*①-⑳]+/;

/** Fewest characters of a pasted line, spaces left out, that say where in a report it comes from. */
const MIN_LOCATED = 4;

/** Longest paste taken as the name of what is asked about (`세바스티앙 보르제`), not as lines of the report. */
const MAX_NAME = 30;

/**
 * A message pasting lines of a report before its question (`▶ 동북권 성장유망기업지원센터 시범운영\n-
 * 추진목적 : …\n\n이거 언제부터 언제까지 운영해요?`), as staff copy from the PDF: the question (its
 * last line) asked about the program the pasted lines come from, unless it names its own subject;
 * a short paste the reports do not hold is what is asked about (`세바스티앙 보르제\n\n이 사람 어디
 * 나와요?`); a question going on from the paste (`'22.11월\n\n에 개관하는 …`) is read as one line.
 * Refused every way, the first reading's refusal is the answer. Null for a message of one line.
 *
 * @example
 * askedAfterPaste(kb, '□ 향후계획\n- 매출채권 보험료 지원사업 중간정산 및 성과평가 :\n\n이거 언제 해요?', ask)?.found; // true
 */
export function askedAfterPaste(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const all = input.split('\n').map((line) => line.trim()).filter(Boolean);
  if (all.length < 2) return null;
  // The question is the last line that asks; a line after it of aside words only (`FYI`) goes.
  const asks = (line: string) => /[?？]/.test(line) || line.split(/\s+/).some((word) => kb.lexicon.isQuestionWord(word) || kb.lexicon.source.requestWords.some((w) => word.startsWith(w)));
  const aside = (line: string) => line.split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((word) => kb.lexicon.asideWords.has(word));
  const last = all.findLastIndex(asks);
  const lines = last >= 0 && all.slice(last + 1).every(aside) ? all.slice(0, last + 1) : all;
  if (lines.length < 2) return lines.length === 1 && lines.length < all.length ? ask(lines[0]!) : null;
  const question = lines.at(-1)!;
  // Each pasted line read as the report's lines are (`금 용 투 자 과` → `금융투자과`).
  const pasted = lines.slice(0, -1).map((line) => normalizeLine(line.replace(LEAD, '').normalize('NFKC'), kb.match.correct));
  const readings: string[] = [];
  // `에 개관하는 …` goes on from the paste; `이 뷰티 공간 …` points at it.
  if (continuesWord(question)) readings.push(lines.join(' '));
  // A question naming its own subject (`서울형 뉴딜일자리 '23년엔 …`) is asked as it is, never about the paste.
  else if (!namesOwnSubject(kb, question)) {
    const program = programOf(kb, pasted);
    // What the paste is about in its own words, when only its program writes them: a heading line
    // (`동북권 성장유망기업지원센터 시범운영`) or a label (`매출채권 보험료 지원사업 중간정산 및 성과평가 :`).
    const own = (text: string) => {
      const writing = programsWriting(kb, text);
      return program !== null && writing.size === 1 && writing.has(program.id);
    };
    const named = program ? subjectsOf(pasted).find(own) : pasted.length === 1 && pasted[0]!.length <= MAX_NAME ? pasted[0] : undefined;
    // A department the paste names (`금 용 투 자 과  •금융산업 육성 …`) is what `이 과` points at.
    const department = analyzeQuestion(kb, pasted.join(' ')).department;
    if (named) readings.push(`${named} ${question}`);
    if (program) readings.push(`${program.names} ${question}`);
    if (department) readings.push(`${department} ${question}`);
  }
  // The question on its own only when the paste gave it nothing to be about (`이거 예산 얼마예요?` alone names nothing).
  if (readings.length === 0) readings.push(question);
  // Refused every way, the first reading's refusal stands (`부산 청년창업센터 …`): the pasted lines as
  // one question with it would always match something, being the report's own.
  // The answer's question is the reading, a question of its own (`인턴십 참여자 정규직 취업연계 지원 이거
  // 언제예요?`): shown above the answer and asked again from a button, it needs none of the paste.
  let refused: Answer | null = null;
  for (const reading of readings) {
    const answer = { ...ask(reading), question: reading };
    if (answer.found) return answer;
    refused ??= answer;
  }
  return refused;
}

/** What pasted lines may be about, the last line first (what `이거` points at): a label before a colon, or a short heading line without figures. */
function subjectsOf(pasted: readonly string[]): string[] {
  return [...pasted].reverse().flatMap((line) => {
    const label = /^([^:：]{2,40}?)\s*[:：]/.exec(line)?.[1];
    // A line with figures is a row of a table or a value (`폐업재기 디딤돌  268 (4.2%)`), not a heading.
    return label ? [label] : line.length <= MAX_NAME && !/\d/.test(line) ? [line] : [];
  });
}

/** The programs whose sections write a text (spaces left out). */
function programsWriting(kb: Knowledge, text: string): Set<string> {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  const programs = new Set<string>();
  if (compact.length < MIN_LOCATED) return programs;
  for (const [id, match] of kb.match.sections) {
    const program = kb.sectionById.get(id)?.programId;
    if (program && match.compact.includes(compact)) programs.add(program);
  }
  return programs;
}

/** The program most of the pasted lines come from (one holding more than any other), with the names in its title. */
function programOf(kb: Knowledge, pasted: readonly string[]): { id: string; names: string } | null {
  const votes = new Map<string, number>();
  for (const line of pasted) {
    const programs = programsWriting(kb, line);
    for (const program of programs) votes.set(program, (votes.get(program) ?? 0) + 1 / programs.size);
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!first || (second && second[1] === first[1])) return null;
  // The title's names only (`서울뷰티위크`): its other words (`개최`) would ask something of their own.
  const title = shortTitle(kb.sectionById.get(first[0])?.title ?? '');
  const names = namedWords(kb, title).join(' ') || title;
  return names ? { id: first[0], names } : null;
}
