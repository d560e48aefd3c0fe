import type { types } from '@slack/bolt';
import { LIMITS } from './limits';
import { clampPlain, escapeClamped } from './mrkdwn';

/** A section whose text is untrusted plain text, escaped and clamped to the section limit. */
export function sectionFromText(text: string, blockId?: string): types.SectionBlock {
  return { type: 'section', ...(blockId ? { block_id: blockId } : {}), text: { type: 'mrkdwn', text: escapeClamped(text, LIMITS.sectionText) } };
}

/** A section whose mrkdwn the caller built and escaped itself (from our own templates). */
export function sectionFromMrkdwn(mrkdwn: string, blockId?: string): types.SectionBlock {
  return { type: 'section', ...(blockId ? { block_id: blockId } : {}), text: { type: 'mrkdwn', text: mrkdwn } };
}

/** A header block (plain text, so nothing in it is interpreted). */
export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: clampPlain(text, LIMITS.headerText), emoji: true } };
}

/** A context line from ready-made mrkdwn pieces (at most 10 are kept). */
export function context(mrkdwnPieces: string[], blockId?: string): types.ContextBlock {
  return {
    type: 'context',
    ...(blockId ? { block_id: blockId } : {}),
    elements: mrkdwnPieces.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text })),
  };
}

/** A button; label and value are clamped to Block Kit's limits. */
export function button(opts: { actionId: string; label: string; value: string; style?: 'primary' | 'danger' }): types.Button {
  return {
    type: 'button',
    action_id: opts.actionId,
    text: { type: 'plain_text', text: clampPlain(opts.label, LIMITS.buttonText), emoji: true },
    value: opts.value.slice(0, LIMITS.buttonValue),
    ...(opts.style ? { style: opts.style } : {}),
  };
}

/** Splits lines into as few sections as fit the 3000-character text limit (escaped mrkdwn lines). */
export function sectionsFromLines(mrkdwnLines: string[], blockIdPrefix: string): types.SectionBlock[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of mrkdwnLines) {
    // Callers keep lines short; this cut is a last resort and never leaves half an entity like `&am`.
    const safeLine = line.length > LIMITS.sectionText ? `${line.slice(0, LIMITS.sectionText - 8).replace(/&[a-z]*$/, '')}…` : line;
    const candidate = current === '' ? safeLine : `${current}\n${safeLine}`;
    if (candidate.length > LIMITS.sectionText) {
      chunks.push(current);
      current = safeLine;
    } else {
      current = candidate;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks.map((text, i) => sectionFromMrkdwn(text, `${blockIdPrefix}_${i}`));
}
