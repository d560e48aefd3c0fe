import { blockViolations } from './blockKitViolations';
import { LIMITS } from './limits';

type Json = Record<string, unknown>;

/**
 * Lists every way a Home tab or modal view breaks Block Kit's limits: its type, at most 100
 * blocks, the modal's title and button labels (24 characters, plain text), private_metadata and
 * callback_id lengths, and the same per-block rules as messages. Empty means Slack accepts it.
 */
export function viewViolations(view: Json): string[] {
  const problems: string[] = [];
  if (view.type !== 'home' && view.type !== 'modal') problems.push(`view type ${String(view.type)} not expected`);
  const blocks = Array.isArray(view.blocks) ? (view.blocks as Json[]) : [];
  if (blocks.length === 0) problems.push('view has no blocks');
  if (blocks.length > LIMITS.blocksPerView) problems.push(`${blocks.length} blocks > ${LIMITS.blocksPerView}`);
  if (view.type === 'modal') {
    checkLabel(view.title, 'title', problems, true);
    checkLabel(view.close, 'close', problems, false);
    checkLabel(view.submit, 'submit', problems, false);
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > LIMITS.privateMetadata) {
    problems.push(`private_metadata ${view.private_metadata.length} > ${LIMITS.privateMetadata}`);
  }
  if (typeof view.callback_id === 'string' && view.callback_id.length > LIMITS.callbackId) problems.push('callback_id too long');
  return [...problems, ...blockViolations(blocks)];
}

function checkLabel(value: unknown, where: string, problems: string[], required: boolean): void {
  if (value === undefined) {
    if (required) problems.push(`${where} missing`);
    return;
  }
  const label = value as Json;
  if (label.type !== 'plain_text') problems.push(`${where} must be plain_text`);
  if (typeof label.text !== 'string' || label.text === '') problems.push(`${where} empty`);
  else if (label.text.length > LIMITS.viewTitle) problems.push(`${where} ${label.text.length} characters > ${LIMITS.viewTitle}`);
}
