import { blockKitViolations } from '../../../src/slack/blocks/blockKitViolations';

/** Every piece of text in a message (fallback text, all block texts, field texts, button labels and values). */
export function allText(message: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk({ text: message.text, blocks: message.blocks });
  return parts.join('\n');
}

/** Texts Slack would render as mrkdwn (fallback text, mrkdwn text objects). */
export function mrkdwnTexts(message: Record<string, unknown>): string[] {
  const texts: string[] = typeof message.text === 'string' ? [message.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (obj.type === 'mrkdwn' && typeof obj.text === 'string') texts.push(obj.text);
      Object.values(obj).forEach(walk);
    }
  };
  walk(message.blocks);
  return texts;
}

/** The button with `actionId` in a message, if any. */
export function findButton(message: Record<string, unknown>, actionId: string | RegExp): { action_id: string; value: string; text: { text: string } } | undefined {
  const blocks = (message.blocks as Array<Record<string, unknown>>) ?? [];
  for (const block of blocks) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements as Array<{ action_id: string; value: string; text: { text: string } }>) {
      if (typeof actionId === 'string' ? element.action_id === actionId : actionId.test(element.action_id)) return element;
    }
  }
  return undefined;
}

/** Asserts a message obeys Block Kit limits; returns the problems for `expect(...).toEqual([])`. */
export function limitProblems(message: Record<string, unknown>): string[] {
  return blockKitViolations(message);
}
