import { calendarDateIn } from '../../digest/calendarDays';
import { digestFor } from '../../reports/digestFor';
import { listReports, reportsInBrief } from '../../reports/listReports';
import { describeError } from '../../state/OutageLog';
import type { BotServices } from '../services/BotServices';
import type { QuestionSource } from '../../state/records';
import type { ReloadOutcome } from '../services/KnowledgeStore';
import type { ReportLoss } from '../services/reportLosses';
import { summarizeUsage } from '../services/summarizeUsage';
import type { EconReply } from './EconReply';
import type { EconRequest } from './parseEconText';

/** Who asked and from where; recorded with each question. */
export interface Asker {
  userId: string;
  via: 'slack' | 'local';
  /** Where the question was asked; `command` (or `terminal` for local) when not given. */
  source?: QuestionSource;
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
      return { kind: 'help', isAdmin: services.isAdmin(asker.userId), reports: reportsInBrief(services.knowledge.current.library.documents) };
    case 'reports':
      return { kind: 'reports', reports: listReports(services.knowledge.current) };
    case 'rejected':
      return { kind: 'notice', tone: 'warning', text: request.message };
    case 'question':
      return answer(services, asker, request.question);
    case 'digest': {
      const asOf = request.asOf ?? calendarDateIn(services.now(), services.timezone);
      return { kind: 'digest', digest: digestFor(services.knowledge.current, asOf) };
    }
    case 'stats':
      if (!services.isAdmin(asker.userId)) return { kind: 'notice', tone: 'warning', text: ADMIN_ONLY('`/econ stats`') };
      return stats(services);
    case 'reload': {
      if (!services.isAdmin(asker.userId)) return { kind: 'notice', tone: 'warning', text: ADMIN_ONLY('`/econ reload`') };
      const outcome = await services.knowledge.reload({ force: request.force });
      logReload(services, asker.userId, outcome);
      // Every other instance reloads too (database store); a no-op with the file store.
      if (outcome.ok) await services.state.announceReload();
      return { kind: 'reload', outcome, corpusDir: services.knowledge.corpusDir };
    }
  }
}

/** `/econ stats`; a state store that cannot be read gets a clear message, not a silent failure. */
async function stats(services: BotServices): Promise<EconReply> {
  try {
    return { kind: 'stats', summary: summarizeUsage(await services.state.readUsage()) };
  } catch (error) {
    services.logger.warn(`/econ stats: could not read the usage logs: ${describeError(error)}`);
    return { kind: 'notice', tone: 'error', text: '사용 통계를 지금 읽을 수 없습니다 (상태 저장소에 연결할 수 없음). 잠시 후 다시 시도해 주세요. 질문에는 계속 답합니다.' };
  }
}

function logReload(services: BotServices, userId: string, outcome: ReloadOutcome): void {
  const { logger } = services;
  const summary = (losses: ReportLoss[]) =>
    losses.map((l) => `${l.file} sections ${l.sections.before}→${l.sections.after}, facts ${l.facts.before}→${l.facts.after}`).join('; ');
  if (outcome.ok) {
    const forced = outcome.forced.length > 0 ? ` (forced despite losses: ${summary(outcome.forced)})` : '';
    logger.info(`corpus reloaded by ${userId} in ${outcome.durationMs} ms${forced}`);
  } else if ('refused' in outcome) {
    logger.warn(`corpus reload by ${userId} refused, a report lost more than half its content; still serving the previous corpus: ${summary(outcome.refused)}`);
  } else {
    logger.warn(`corpus reload by ${userId} failed; still serving the previous corpus: ${outcome.problem.message}`);
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
    await services.state.recordQuestion({
      at: services.now().toISOString(),
      user: asker.userId,
      question,
      intent: result.intent,
      found: result.found,
      answerId: result.id,
      via: asker.via,
      source: asker.source ?? (asker.via === 'local' ? 'terminal' : 'command'),
    });
  } catch (error) {
    // A full disk must not cost the person their answer.
    services.logger.warn(`could not record question for stats: ${describeError(error)}`);
  }
  return { kind: 'answer', answer: result };
}
