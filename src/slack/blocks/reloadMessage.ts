import type { types } from '@slack/bolt';
import { describeReload } from '../services/describeReload';
import type { ReloadOutcome } from '../services/KnowledgeStore';
import { sectionFromMrkdwn } from './elements';
import { LIMITS } from './limits';
import { escapeClamped } from './mrkdwn';
import type { SlackMessage } from './SlackMessage';

/** `/econ reload` result: counts per kind and what was added or removed, or where the corpus is broken. */
export function reloadMessage(outcome: ReloadOutcome, corpusDir: string): SlackMessage {
  const r = describeReload(outcome, corpusDir);
  const title = `${r.ok ? '✅' : '❌'} *${escapeClamped(r.title, 500)}*`;
  const blocks: types.KnownBlock[] = [sectionFromMrkdwn(title, 'reload_title')];
  if (r.counts.length > 0) {
    blocks.push({
      type: 'section',
      block_id: 'reload_counts',
      fields: r.counts.slice(0, LIMITS.sectionFields).map((line) => ({ type: 'mrkdwn', text: escapeClamped(line, LIMITS.fieldText) })),
    });
  }
  if (r.changes.length > 0) blocks.push(sectionFromMrkdwn(escapeClamped(r.changes.join('\n'), LIMITS.sectionText), 'reload_changes'));
  if (r.problem.length > 0) blocks.push(sectionFromMrkdwn(escapeClamped(r.problem.join('\n'), LIMITS.sectionText), 'reload_problem'));
  return { text: escapeClamped([r.title, ...r.problem].join(' '), LIMITS.sectionText), blocks };
}
