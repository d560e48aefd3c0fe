import { z } from 'zod';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { analyzeQuestion } from './analyzeQuestion';
import { MESSAGES } from './messages';
import { newestOfOffice } from '../reports/newestFirst';
import { contains, namedWord } from './matchScore';

/**
 * What a conversation (a Slack thread, a DM, the terminal) remembers between questions: the
 * program or subject the last answer was about, so `예산은?` can be read as that subject's budget.
 */
export const ConversationContext = z.object({
  /** The program, department or words the conversation is about, e.g. `홍릉 R&D지원센터`. */
  subject: z.string().min(1).max(300),
  /** The report the subject was answered from, when the answer cited one. */
  report: z.string().nullable().default(null),
});
export type ConversationContext = z.infer<typeof ConversationContext>;

/** How a question is read in its conversation. */
export interface ReadInContext {
  /** The question to answer: as asked, or with the conversation's subject in front. */
  question: string;
  /** True when the subject was added. */
  usedContext: boolean;
}

/**
 * Whether a question names what it is about (a program, facility, department or short name the
 * report or the alias table uses), as `청년취업사관학교 예산은?` does and `그럼 예산은?`, `언제
 * 완공돼?` or `국비는?` do not.
 */
export function namesOwnSubject(kb: Knowledge, question: string): boolean {
  return namedWords(kb, question).length > 0;
}

/**
 * Reads a follow-up with its conversation's subject: a question that names no subject of its own
 * is asked about the context's subject; one that names its own is asked as it is.
 *
 * @example
 * withContext(kb, '예산은?', { subject: '서울큐브', report: null }).question; // '서울큐브 예산은?'
 */
export function withContext(kb: Knowledge, question: string, context: ConversationContext | null): ReadInContext {
  if (context === null || namesOwnSubject(kb, question)) return { question, usedContext: false };
  return { question: `${reportPhrase(kb, context.report)}${context.subject} ${question.trim()}`, usedContext: true };
}

/**
 * The context after an answer: the answer's subject when it found one; for a not-found or
 * ambiguous answer, the words the question itself named (so `서울큐브 언제 완공돼?` → not found →
 * `예산은?` still means 서울큐브); otherwise the context stays as it was.
 */
export function contextAfter(kb: Knowledge, asked: string, answer: Answer, previous: ConversationContext | null): ConversationContext | null {
  const report = kb.library.documents.length > 1 ? reportOf(answer) : null;
  if (answer.found && answer.subject !== null && answer.subject.trim() !== '') {
    return { subject: clampSubject(answer.subject), report };
  }
  const named = namedWords(kb, asked);
  if (named.length > 0) return { subject: clampSubject(named.join(' ')), report: previous?.report ?? null };
  return previous;
}

/**
 * The question's hard words that the report's names hold.
 *
 * @example
 * namedWords(kb, '저희 회사도 서울형 강소기업 신청할수 있나요?'); // ['강소기업']
 */
export function namedWords(kb: Knowledge, question: string): string[] {
  const analyzed = analyzeQuestion(kb, question);
  const words = new Set(analyzed.topics.flatMap((t) => t.required));
  if (analyzed.department !== null) words.add(analyzed.department);
  return [...words].filter((word) => contains(namedWord(word), kb.match.names));
}

/**
 * A conversation about an older report stays in it: `경제정책실 2021년 9월 보고서 ` before the
 * subject (nothing when the report is its office's newest, which answers by default anyway).
 */
function reportPhrase(kb: Knowledge, docId: string | null): string {
  const meta = docId ? kb.library.parts.get(docId)?.meta : undefined;
  if (!meta || newestOfOffice(kb.library.documents, meta.office)?.id === meta.id) return '';
  const [year, month] = meta.reportDate.split('-');
  return `${meta.office} ${year}년 ${Number(month)}월 ${MESSAGES.reportWord} `;
}

/** The id of the report the answer's first citation points into. */
function reportOf(answer: Answer): string | null {
  return answer.citations[0]?.docId ?? null;
}

function clampSubject(subject: string): string {
  return Array.from(subject.trim()).slice(0, 300).join('');
}
