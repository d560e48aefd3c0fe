/**
 * Text safety for Slack's mrkdwn. Slack reads `<…>` as control sequences (`<!channel>`, `<@U…>`,
 * `<https://…|label>`), so any text that did not come from our own templates (questions, report text)
 * has `&`, `<` and `>` escaped before it is put into mrkdwn, including the message's fallback `text`.
 */

/** Escapes `&`, `<`, `>` as Slack asks, so the text shows literally and never pings or links. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts plain text to at most `max` characters (code points), ending with `…` when cut. */
export function clampPlain(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max && text.length <= max) return text;
  // Slack counts UTF-16 units; keep both measures under the limit.
  let out = '';
  for (const ch of chars) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Escapes `text` for mrkdwn and keeps the result within `max` characters, cutting the text before
 * escaping so an entity like `&amp;` is never split.
 */
export function escapeClamped(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const ch of Array.from(text)) {
    const piece = escapeMrkdwn(ch);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}
