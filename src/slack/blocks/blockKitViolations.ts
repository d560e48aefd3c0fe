import { LIMITS } from './limits';

type Json = Record<string, unknown>;

/**
 * Lists every way a message breaks Block Kit's limits (or econ-bot's own rule that the fallback
 * `text` is always set): block count, section text and field limits, context elements, button text
 * and value lengths, and uniqueness of block_ids and action_ids. An empty list means Slack will
 * accept the layout. Used by the tests on every message the bot produces, and by the Slack
 * listeners to log (never to crash) if a reply ever slips past the builders.
 */
export function blockKitViolations(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('fallback text missing');
  else if (message.text.length > LIMITS.messageText) problems.push(`fallback text ${message.text.length} > ${LIMITS.messageText}`);

  const blocks = Array.isArray(message.blocks) ? (message.blocks as Json[]) : [];
  if (blocks.length > LIMITS.blocksPerMessage) problems.push(`${blocks.length} blocks > ${LIMITS.blocksPerMessage}`);
  return [...problems, ...blockViolations(blocks)];
}

/**
 * The per-block rules (text and field limits, context and actions elements, unique block_ids and
 * action_ids), for messages and views alike; the caller checks the block count.
 */
export function blockViolations(blocks: readonly Json[]): string[] {
  const problems: string[] = [];
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, index) => {
    const where = `blocks[${index}] (${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > LIMITS.blockId) problems.push(`${where}: block_id too long`);
      if (blockIds.has(block.block_id)) problems.push(`${where}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'section':
        checkSection(block, where, problems);
        break;
      case 'context':
        checkContext(block, where, problems);
        break;
      case 'header':
        checkText(block.text, LIMITS.headerText, `${where}.text`, problems, 'plain_text');
        break;
      case 'actions':
        checkActions(block, where, actionIds, problems);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${where}: block type not expected in econ-bot messages`);
    }
  });
  return problems;
}

function checkSection(block: Json, where: string, problems: string[]): void {
  const fields = block.fields as unknown[] | undefined;
  if (block.text === undefined && (fields === undefined || fields.length === 0)) problems.push(`${where}: needs text or fields`);
  if (block.text !== undefined) checkText(block.text, LIMITS.sectionText, `${where}.text`, problems);
  if (fields !== undefined) {
    if (fields.length > LIMITS.sectionFields) problems.push(`${where}: ${fields.length} fields > ${LIMITS.sectionFields}`);
    fields.forEach((field, i) => checkText(field, LIMITS.fieldText, `${where}.fields[${i}]`, problems));
  }
}

function checkContext(block: Json, where: string, problems: string[]): void {
  const elements = (block.elements as unknown[] | undefined) ?? [];
  if (elements.length === 0 || elements.length > LIMITS.contextElements) problems.push(`${where}: ${elements.length} elements (1–${LIMITS.contextElements})`);
  elements.forEach((element, i) => checkText(element, LIMITS.textObject, `${where}.elements[${i}]`, problems));
}

function checkActions(block: Json, where: string, actionIds: Set<string>, problems: string[]): void {
  const elements = (block.elements as Json[] | undefined) ?? [];
  if (elements.length === 0 || elements.length > LIMITS.actionsElements) problems.push(`${where}: ${elements.length} elements (1–${LIMITS.actionsElements})`);
  elements.forEach((element, i) => {
    const at = `${where}.elements[${i}]`;
    if (element.type !== 'button') {
      problems.push(`${at}: only buttons expected`);
      return;
    }
    checkText(element.text, LIMITS.buttonText, `${at}.text`, problems, 'plain_text');
    if (typeof element.value === 'string' && element.value.length > LIMITS.buttonValue) problems.push(`${at}: value ${element.value.length} > ${LIMITS.buttonValue}`);
    const actionId = element.action_id;
    if (typeof actionId !== 'string' || actionId === '') problems.push(`${at}: action_id missing`);
    else {
      if (actionId.length > LIMITS.actionId) problems.push(`${at}: action_id too long`);
      if (actionIds.has(actionId)) problems.push(`${at}: duplicate action_id ${actionId}`);
      actionIds.add(actionId);
    }
  });
}

function checkText(value: unknown, max: number, where: string, problems: string[], type?: 'plain_text'): void {
  const object = value as Json | undefined;
  if (object === undefined || (object.type !== 'mrkdwn' && object.type !== 'plain_text')) {
    problems.push(`${where}: not a text object`);
    return;
  }
  if (type !== undefined && object.type !== type) problems.push(`${where}: must be ${type}`);
  const text = object.text;
  if (typeof text !== 'string' || text.length === 0) problems.push(`${where}: empty text`);
  else if (text.length > max) problems.push(`${where}: ${text.length} characters > ${max}`);
}
