import { INTENT_LABELS } from '../commands/intentLabels';
import { HELP_EXAMPLES, HELP_SUBCOMMANDS } from '../commands/helpExamples';
import { context, header, sectionFromMrkdwn } from './elements';
import { escapeMrkdwn } from './mrkdwn';
import type { SlackMessage } from './SlackMessage';

/** `/econ help`: what the bot knows, an example per kind of question, and the subcommands. */
export function helpMessage(isAdmin: boolean, reports: string): SlackMessage {
  const examples = HELP_EXAMPLES.map((e) => `• ${INTENT_LABELS[e.intent]}: \`/econ ${escapeMrkdwn(e.question)}\``).join('\n');
  const commands = HELP_SUBCOMMANDS.filter((c) => isAdmin || !c.adminOnly)
    .map((c) => `• \`${escapeMrkdwn(c.usage)}\`: ${c.description}${c.adminOnly ? ' (관리자)' : ''}`)
    .join('\n');
  return {
    text: 'econ-bot 사용법: /econ 뒤에 질문을 적어 보세요. 예: /econ 청년취업사관학교 예산',
    blocks: [
      header('econ-bot 사용법'),
      sectionFromMrkdwn(
        `*${escapeMrkdwn(reports)}* 에서 예산, 일정, 위치, 인원, 담당 부서를 찾아 답합니다. 모든 답에는 보고서의 절과 줄 번호가 붙고, 보고서에 없는 내용은 없다고 말합니다. 보고서가 여럿이면 사업마다 가장 최신 보고서로 답하고, \`2021년 보고서\`처럼 보고서를 지정하거나 \`작년보다 늘었어?\`처럼 비교할 수 있습니다.`,
        'help_intro',
      ),
      sectionFromMrkdwn(`*이렇게 물어보세요*\n${examples}`, 'help_examples'),
      sectionFromMrkdwn(`*명령*\n${commands}`, 'help_commands'),
      context(['답이 틀리거나 부족하면 답 아래의 👎를 눌러 주세요. 별칭과 보고서 정리에 반영됩니다.'], 'help_footer'),
    ],
  };
}
