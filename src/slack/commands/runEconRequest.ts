import { calendarDateIn } from '../../digest/calendarDays';
import { computeDigest } from '../../digest/computeDigest';
import type { BotServices } from '../services/BotServices';
import { summarizeUsage } from '../services/summarizeUsage';
import type { EconReply } from './EconReply';
import type { EconRequest } from './parseEconText';

/** Who asked and from where; recorded with each question. */
export interface Asker {
  userId: string;
  via: 'slack' | 'local';
}

const ADMIN_ONLY = (what: string) =>
  `${what}은(는) 관리자만 사용할 수 있습니다. 필요하면 봇 관리자에게 요청해 주세요. (관리자는 ECON_ADMIN_USER_IDS로 지정합니다.)`;

/**
 * Carries out one `/econ` request and says what to reply. Shared by the Slack command and the
 * terminal session, so both behave the same; only the rendering differs.
 */
export async function runEconRequest(services: BotServices, asker: Asker, request: EconRequest): Promise<EconReply> {
  switch (request.kind) {
    case 'help':
      return { kind: 'help', isAdmin: services.isAdmin(asker.userId) };
    case 'rejected':
      return { kind: 'notice', tone: 'warning', text: request.message };
    case 'question':
      return answer(services, asker, request.question);
    case 'digest': {
      const asOf = request.asOf ?? calendarDateIn(services.now(), services.timezone);
      return { kind: 'digest', digest: computeDigest(services.knowledge.current.milestones, asOf) };
    }
    case 'stats':
      if (!services.isAdmin(asker.userId)) return { kind: 'notice', tone: 'warning', text: ADMIN_ONLY('`/econ stats`') };
      return { kind: 'stats', summary: summarizeUsage(await services.usage.read()) };
    case 'reload': {
      if (!services.isAdmin(asker.userId)) return { kind: 'notice', tone: 'warning', text: ADMIN_ONLY('`/econ reload`') };
      const outcome = await services.knowledge.reload();
      if (outcome.ok) services.logger.info(`corpus reloaded by ${asker.userId} in ${outcome.durationMs} ms`);
      else services.logger.warn(`corpus reload by ${asker.userId} failed; still serving the previous corpus: ${outcome.problem.message}`);
      return { kind: 'reload', outcome, corpusDir: services.knowledge.corpusDir };
    }
  }
}

/**
 * Answers a question from the current corpus and logs it for `/econ stats`, unless `record` is false
 * (re-answering for "채널에 공유" is not a new question).
 */
export async function answer(services: BotServices, asker: Asker, question: string, record = true): Promise<EconReply> {
  const kb = services.knowledge.current;
  let result;
  try {
    result = services.core.answerQuestion(kb, question, { asOf: services.now(), timeZone: services.timezone });
  } catch (error) {
    services.logger.error(`answering failed for a ${Array.from(question).length}-character question`, error);
    return { kind: 'notice', tone: 'error', text: '답을 만드는 중에 오류가 났습니다. 질문을 조금 바꿔 다시 해 보시거나 관리자에게 알려 주세요.' };
  }
  if (!record) return { kind: 'answer', answer: result };
  try {
    await services.usage.recordQuestion({
      at: services.now().toISOString(),
      user: asker.userId,
      question,
      intent: result.intent,
      found: result.found,
      answerId: result.id,
      via: asker.via,
    });
  } catch (error) {
    // A full disk must not cost the person their answer.
    services.logger.warn('could not record question for stats', error);
  }
  return { kind: 'answer', answer: result };
}
