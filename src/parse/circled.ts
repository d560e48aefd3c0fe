const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** `①` → 1 … `⑳` → 20; 0 for anything else. */
export function circledToNumber(ch: string): number {
  return CIRCLED.indexOf(ch) + 1;
}

/** 1 → `①` … 20 → `⑳`. */
export function numberToCircled(n: number): string {
  return CIRCLED[n - 1] ?? String(n);
}

/** Matches a line that starts with a circled number (optionally after a bullet): group 1 the number, group 2 the rest. */
export const CIRCLED_LINE = /^(?:-\s*)?([①-⑳])\s*(.*)$/;
