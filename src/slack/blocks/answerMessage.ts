import type { types } from '@slack/bolt';
import type { Answer } from '../../model/answer';
import { citationText } from '../../digest/citationText';
import { ACTION_IDS, CANDIDATE_ACTION_PREFIX } from '../actions/actionIds';
import { encodeValue } from '../actions/actionValues';
import { button, context, sectionFromMrkdwn } from './elements';
import { LIMITS } from './limits';
import { escapeClamped } from './mrkdwn';
import type { SlackMessage } from './SlackMessage';

/** How many citations and candidate buttons an answer shows; more would bury the answer. */
const MAX_CITATIONS = 3;
const MAX_CANDIDATES = 5;
const MAX_FIELDS = 2 * LIMITS.sectionFields;

export interface AnswerMessageOptions {
  /** Ephemeral answers get "채널에 공유"; the shared copy does not. */
  shareable: boolean;
  /** The user who shared it into the channel, shown on the shared copy. */
  sharedBy?: string;
  /** In a DM or thread: a "처음부터" button that forgets the conversation's subject. */
  startOver?: boolean;
}

/**
 * An answer as Block Kit: the answer text (headline in bold), the program and figures as fields, a
 * context line citing the report, candidate buttons when the question was ambiguous, and the
 * share / 👍 / 👎 buttons. All answer and report text is escaped.
 */
export function answerMessage(answer: Answer, options: AnswerMessageOptions): SlackMessage {
  const blocks: types.KnownBlock[] = [answerSection(answer), ...fieldSections(answer)];

  if (answer.citations.length > 0) blocks.push(citationContext(answer));
  if (options.sharedBy !== undefined) {
    // A mention only for a well-formed user id; anything else is shown as text.
    const who = /^[UW][A-Z0-9]{2,}$/.test(options.sharedBy) ? `<@${options.sharedBy}>` : escapeClamped(options.sharedBy, 50);
    blocks.push(context([`${who}님이 공유 · 질문: ${escapeClamped(answer.question, 500)}`], 'shared_by'));
  }
  if (answer.candidates.length > 0 && options.sharedBy === undefined) blocks.push(...candidateBlocks(answer));
  blocks.push(actionButtons(answer, options));

  return { text: escapeClamped(answer.text || answer.headline, LIMITS.sectionText), blocks };
}

function answerSection(answer: Answer): types.SectionBlock {
  const lines = answer.text.split('\n');
  const withoutHeadline = lines[0]?.trim() === answer.headline.trim() ? lines.slice(1) : lines;
  // The citation gets its own context line below, so the text's "출처: …" line would say it twice.
  const body = withoutHeadline
    .filter((line) => !(answer.citations.length > 0 && line.startsWith('출처:')))
    .join('\n')
    .trim();
  const lead = `${answer.found ? '' : '🤔 '}*${escapeClamped(answer.headline, 500)}*`;
  const rest = body === '' ? '' : `\n${escapeClamped(body, LIMITS.sectionText - lead.length - 1)}`;
  return sectionFromMrkdwn(`${lead}${rest}`, 'answer');
}

function fieldSections(answer: Answer): types.SectionBlock[] {
  const fields = [
    ...(answer.subject !== null ? [{ label: '사업', value: answer.subject }] : []),
    ...answer.fields,
  ].slice(0, MAX_FIELDS);
  const sections: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.sectionFields) {
    sections.push({
      type: 'section',
      block_id: `answer_fields_${i / LIMITS.sectionFields}`,
      fields: fields.slice(i, i + LIMITS.sectionFields).map((f) => {
        const label = escapeClamped(f.label, 100);
        return { type: 'mrkdwn', text: `*${label}*\n${escapeClamped(f.value, LIMITS.fieldText - label.length - 3)}` };
      }),
    });
  }
  return sections;
}

function citationContext(answer: Answer): types.ContextBlock {
  const shown = answer.citations.slice(0, MAX_CITATIONS).map((c) => `📄 ${escapeClamped(citationText(c), 600)}`);
  const more = answer.citations.length - MAX_CITATIONS;
  return context(more > 0 ? [...shown, `외 ${more}곳`] : shown, 'citations');
}

function candidateBlocks(answer: Answer): types.KnownBlock[] {
  const candidates = answer.candidates.slice(0, MAX_CANDIDATES);
  return [
    sectionFromMrkdwn('*혹시 이 중 하나를 찾으셨나요?* 버튼을 누르면 그 사업으로 다시 묻습니다.', 'candidates_intro'),
    {
      type: 'actions',
      block_id: 'candidates',
      elements: candidates.map((c, i) =>
        button({ actionId: `${CANDIDATE_ACTION_PREFIX}${i}`, label: c.title, value: encodeValue({ q: c.question }) }),
      ),
    },
  ];
}

function actionButtons(answer: Answer, options: AnswerMessageOptions): types.ActionsBlock {
  const vote = encodeValue({ a: answer.id, q: answer.question, i: answer.intent });
  const elements: types.Button[] = [];
  if (options.shareable && answer.found) {
    elements.push(button({ actionId: ACTION_IDS.share, label: '채널에 공유', value: encodeValue({ q: answer.question }), style: 'primary' }));
  }
  elements.push(button({ actionId: ACTION_IDS.voteUp, label: '👍 도움이 됐어요', value: vote }));
  elements.push(button({ actionId: ACTION_IDS.voteDown, label: '👎 아니에요', value: vote }));
  if (options.startOver) elements.push(button({ actionId: ACTION_IDS.startOver, label: '처음부터', value: 'start_over' }));
  return { type: 'actions', block_id: 'answer_actions', elements };
}
