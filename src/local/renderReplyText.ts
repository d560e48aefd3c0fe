import { citationText } from '../digest/citationText';
import { formatDigestText } from '../digest/formatDigestText';
import type { Answer } from '../model/answer';
import type { EconReply } from '../slack/commands/EconReply';
import { HELP_EXAMPLES, HELP_SUBCOMMANDS } from '../slack/commands/helpExamples';
import { INTENT_LABELS } from '../slack/commands/intentLabels';
import { SOURCE_LABELS } from '../slack/commands/sourceLabels';
import { describeReload } from '../slack/services/describeReload';
import { reportsText } from '../reports/reportsText';
import type { UsageSummary } from '../slack/services/summarizeUsage';

const ICON = { info: 'ℹ️', warning: '⚠️', error: '❌' } as const;

/** Renders a `/econ` reply as terminal text: the same content Slack shows, without Block Kit. */
export function renderReplyText(reply: EconReply): string {
  switch (reply.kind) {
    case 'answer':
      return answerText(reply.answer);
    case 'help':
      return helpText(reply.reports);
    case 'reports':
      return reportsText(reply.reports).join('\n');
    case 'stats':
      return statsText(reply.summary);
    case 'digest':
      return formatDigestText(reply.digest);
    case 'reload': {
      const r = describeReload(reply.outcome, reply.corpusDir);
      return [`${r.ok ? '✅' : '❌'} ${r.title}`, ...r.counts.map((l) => `  ${l}`), ...r.changes.map((l) => `  ${l}`), ...r.problem.map((l) => `  ${l}`)].join('\n');
    }
    case 'notice':
      return `${ICON[reply.tone]} ${reply.text}`;
  }
}

function answerText(answer: Answer): string {
  const lines = [answer.found ? answer.text : `🤔 ${answer.text}`];
  // The text already reads as a whole answer; add only what it does not say yet.
  const says = (value: string) => answer.text.includes(value);
  if (answer.subject !== null && !says(answer.subject)) lines.push(`  사업: ${answer.subject}`);
  for (const field of answer.fields) if (!says(field.value)) lines.push(`  ${field.label}: ${field.value}`);
  for (const citation of answer.citations) if (!says(`(${citation.line}행)`)) lines.push(`  📄 ${citationText(citation)}`);
  if (answer.candidates.length > 0) {
    lines.push('  혹시 이 중 하나를 찾으셨나요? 번호를 입력하면 그 사업으로 다시 묻습니다.');
    answer.candidates.forEach((c, i) => lines.push(`    ${i + 1}) ${c.title}`));
  }
  return lines.join('\n');
}

function helpText(reports: string): string {
  return [
    `econ-bot 사용법: ${reports}에서 답을 찾아 출처와 함께 알려 줍니다.`,
    '',
    '이렇게 물어보세요:',
    ...HELP_EXAMPLES.map((e) => `  ${INTENT_LABELS[e.intent]}: /econ ${e.question}`),
    '',
    '명령:',
    ...HELP_SUBCOMMANDS.map((c) => `  ${c.usage}  ${c.description}${c.adminOnly ? ' (관리자)' : ''}`),
    '',
    '/econ 없이 질문만 입력해도 됩니다. "예산은?"처럼 이어서 물으면 앞의 사업에 대해 답합니다. 새 대화는 /new 또는 빈 줄, 끝내려면 exit 또는 Ctrl+D.',
  ].join('\n');
}

function statsText(s: UsageSummary): string {
  const list = (items: UsageSummary['topNotFound']) => (items.length === 0 ? ['  없음'] : items.map((q) => `  ${q.question} (${q.count}회)`));
  return [
    `📊 질문 ${s.questions}건 (${s.askers}명), 답을 못 찾음 ${s.notFound}건, 👍 ${s.votes.up} · 👎 ${s.votes.down}`,
    `유형별: ${Object.entries(s.byIntent).map(([k, n]) => `${INTENT_LABELS[k as keyof typeof INTENT_LABELS] ?? k} ${n}`).join(' · ') || '없음'}`,
    `어디서: ${Object.entries(s.bySource).map(([k, n]) => `${SOURCE_LABELS[k as keyof typeof SOURCE_LABELS] ?? k} ${n}`).join(' · ') || '없음'}`,
    '자주 나온 미답변 질문:',
    ...list(s.topNotFound),
    '👎를 받은 질문:',
    ...list(s.topDownvoted),
  ].join('\n');
}
