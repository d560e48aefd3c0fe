/** An area as written: `3,611.31㎡`, `192만㎡`, `1,124천㎡`, `연면적 6,017㎡`. */
const AREA = /(\d[\d,]*(?:\.\d+)?)\s*([천만])?\s*㎡/;

/**
 * The square metres an area text states (the first area in it), or null.
 *
 * @example
 * readArea('3,611.31㎡(지1~3층)'); // 3611.31
 * readArea('192만㎡');              // 1920000
 */
export function readArea(text: string): number | null {
  const m = text.match(AREA);
  if (!m) return null;
  const scale = m[2] === '만' ? 10_000 : m[2] === '천' ? 1_000 : 1;
  return Number(m[1]!.replace(/,/g, '')) * scale;
}
