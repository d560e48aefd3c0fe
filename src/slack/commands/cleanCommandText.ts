/**
 * Undoes what Slack does to slash-command text and removes what would confuse matching: Slack's
 * `<@U…|name>` / `<https://…|label>` wrappers, HTML entities for `& < >`, lone surrogates, control and
 * invisible format characters (zero-width spaces, bidi overrides), full-width Latin letters and digits,
 * and unusual spaces. The result is what the person meant to type: spacing within a line is one
 * space, and lines stay lines (`□ 향후계획\n- … :\n이거 언제예요?`, lines pasted before the question).
 *
 * Every pattern stops at the next `<`, so text full of unclosed `<@` takes linear time, not quadratic;
 * callers still check the raw length first (parseEconText).
 */
export function cleanCommandText(input: string): string {
  return (
    input
      // Slack's own markup: keep what a person sees.
      .replace(/<([@#!])([^|<>]*)(?:\|([^<>]*))?>/g, (_m, sigil: string, id: string, label: string | undefined) => {
        const shown = label ?? id;
        return /^[@#]/.test(shown) ? shown : `${sigil === '!' ? '@' : sigil}${shown}`;
      })
      .replace(/<(https?:\/\/[^|<>]*)\|([^<>]*)>/g, '$2')
      .replace(/<(https?:\/\/[^<>]*)>/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .normalize('NFC')
      // Full-width ASCII (Ａ-Ｚ, ０-９) typed with Korean input methods.
      .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/[\p{Cf}\p{Co}]/gu, '')
      // Lines stay lines (a question after lines pasted from the report); other spacing is one space.
      .replace(/[\p{Cc}\p{Z}]+/gu, (run) => (/[\n\r\u2028\u2029]/.test(run) ? '\n' : ' '))
      .trim()
  );
}
