import type { types } from '@slack/bolt';
import { INTENT_LABELS } from '../commands/intentLabels';
import { SOURCE_LABELS } from '../commands/sourceLabels';
import type { UsageSummary } from '../services/summarizeUsage';
import { context, header, sectionFromMrkdwn } from './elements';
import { escapeClamped } from './mrkdwn';
import type { SlackMessage } from './SlackMessage';

/** `/econ stats` (admins): volume, not-found questions and votes, to see where the corpus falls short. */
export function statsMessage(s: UsageSummary): SlackMessage {
  const percent = s.questions === 0 ? 0 : Math.round((s.notFound / s.questions) * 100);
  const byIntent = Object.entries(s.byIntent)
    .sort(([, a], [, b]) => b - a)
    .map(([intent, n]) => `${INTENT_LABELS[intent as keyof typeof INTENT_LABELS] ?? intent} ${n}`)
    .join(' · ');
  const bySource = Object.entries(s.bySource)
    .sort(([, a], [, b]) => b - a)
    .map(([source, n]) => `${SOURCE_LABELS[source as keyof typeof SOURCE_LABELS] ?? source} ${n}`)
    .join(' · ');
  const list = (items: UsageSummary['topNotFound']) =>
    items.length === 0 ? '없음' : items.map((q) => `• ${escapeClamped(q.question, 200)} (${q.count}회)`).join('\n');

  const blocks: types.KnownBlock[] = [
    header('📊 econ-bot 사용 통계'),
    {
      type: 'section',
      block_id: 'stats_numbers',
      fields: [
        { type: 'mrkdwn', text: `*질문*\n${s.questions}건 (${s.askers}명)` },
        { type: 'mrkdwn', text: `*답을 못 찾음*\n${s.notFound}건 (${percent}%)` },
        { type: 'mrkdwn', text: `*피드백*\n👍 ${s.votes.up} · 👎 ${s.votes.down}` },
        { type: 'mrkdwn', text: `*유형별*\n${byIntent === '' ? '없음' : byIntent}` },
        { type: 'mrkdwn', text: `*어디서*\n${bySource === '' ? '없음' : bySource}` },
      ],
    },
    sectionFromMrkdwn(`*자주 나온 미답변 질문*\n${list(s.topNotFound)}`, 'stats_not_found'),
    sectionFromMrkdwn(`*👎를 받은 질문*\n${list(s.topDownvoted)}`, 'stats_downvoted'),
  ];
  const notes = [s.since === null ? '아직 기록된 질문이 없습니다.' : `기록 시작: ${s.since.slice(0, 10)}`];
  if (s.unreadableLines > 0) notes.push(`읽지 못한 기록 ${s.unreadableLines}줄은 건너뛰었습니다.`);
  blocks.push(context(notes, 'stats_notes'));
  return { text: `econ-bot 통계: 질문 ${s.questions}건, 미답변 ${s.notFound}건, 👍 ${s.votes.up} 👎 ${s.votes.down}`, blocks };
}
