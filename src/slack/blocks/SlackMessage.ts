import type { types } from '@slack/bolt';

/** A Block Kit message: blocks plus the fallback `text` Slack shows in notifications and screen readers. */
export interface SlackMessage {
  /** Always set, already escaped for mrkdwn. */
  text: string;
  blocks: types.KnownBlock[];
}
