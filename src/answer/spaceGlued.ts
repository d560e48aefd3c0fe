import { asksCount, isAllHangul, isKnownWithTail } from '../text/grammar';

/** The words a question typed without spaces is read back into. */
export interface GlueWords {
  /** Every word the report, the lexicon and the program names use (pieces are two syllables or more). */
  known: ReadonlySet<string>;
  /** The question words (`어디`, `얼마`, `언제`), which end a question typed as one word. */
  asking: ReadonlySet<string>;
}

/** Longest word tried (a question glued into one longer word is not read). */
const MAX_GLUED = 24;

/**
 * A question typed without spaces, read as the words it is made of: a word that is not a word
 * itself but ends in a question word (a particle or ending may follow it) after a run of known
 * words is spaced. The first piece may be a name nobody listed (`투자청`). Words the report uses
 * are never split, nor a question word that starts a word (`어디있어`, `며칠부터`).
 *
 * @example
 * spaceGlued('서울큐브위치어디', words); // '서울큐브 위치 어디'
 * spaceGlued('투자청올해예산얼마', words); // '투자청 올해 예산 얼마'
 * spaceGlued('청년취업사관학교 예산', words); // unchanged
 */
export function spaceGlued(text: string, words: GlueWords): string {
  return text
    .split(' ')
    .map((token) => spacedToken(token, words) ?? token)
    .join(' ');
}

function spacedToken(token: string, words: GlueWords): string | null {
  const core = token.replace(/[?？!.~,]+$/, '');
  if (core.length < 4 || core.length > MAX_GLUED || !isAllHangul(core)) return null;
  const isKnown = (word: string) => words.known.has(word);
  if (isKnown(core) || isKnownWithTail(core, isKnown)) return null;
  // `몇명`, `몇개`: the one-syllable 몇 asks with its counter.
  const isAsking = (word: string) => words.asking.has(word) || asksCount(word);
  for (let k = 2; k <= core.length - 2; k++) {
    const last = core.slice(k);
    if (!isAsking(last) && !isKnownWithTail(last, isAsking)) continue;
    const pieces = knownPieces(core.slice(0, k), isKnown);
    if (pieces) return [...pieces, last].join(' ') + token.slice(core.length);
  }
  return null;
}

/**
 * The fewest known words (two syllables or more, a particle or ending allowed after each) that
 * make up `text`, the first of them possibly unknown (the shorter the better); null when there are none.
 */
function knownPieces(text: string, isKnown: (word: string) => boolean): string[] | null {
  const n = text.length;
  const best: ({ pieces: string[]; cost: number } | null)[] = Array.from({ length: n + 1 }, () => null);
  best[0] = { pieces: [], cost: 0 };
  for (let i = 0; i < n; i++) {
    const from = best[i];
    if (!from) continue;
    for (let j = i + 2; j <= n; j++) {
      const piece = text.slice(i, j);
      const known = isKnown(piece) || isKnownWithTail(piece, isKnown);
      if (!known && i > 0) continue;
      const next = { pieces: [...from.pieces, piece], cost: from.cost + (known ? 1 : 1 + piece.length) };
      if (!best[j] || next.cost < best[j]!.cost) best[j] = next;
    }
  }
  return best[n]?.pieces ?? null;
}
