/** A sum of money found in text, normalised to won. */
export interface FoundAmount {
  /** As written, e.g. `20,255백만원`, `1조 4천억원`, `55억`. */
  raw: string;
  won: number;
  /** The unit as written: `백만원`, `억원`, `조원`, `억` … (the largest unit for compound amounts). */
  unit: string;
  index: number;
}

const NUM = String.raw`(?<![\d,.]|제\s?)\d[\d,]*(?:\.\d+)?`;
const SCALE: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
const BASE: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };

/**
 * `1조 4천억원`, `4조 4,075억`, `20,255백만원`, `2천만원`, `43억원`, `9,160원`, and bare numbers
 * followed by a unit inherited from context. A number followed by 명/개/건… is a count, not money.
 */
const AMOUNT = new RegExp(
  String.raw`(${NUM})\s*([천백십])?\s*([조억만])(?:\s*(${NUM})\s*([천백십])?\s*([억만]))?\s*(원)?(?!\s*여?\s*[명개건점팀실석평회곳])` +
    String.raw`|(${NUM})\s*원`,
  'g',
);

/**
 * Finds every amount of money in a text and converts it to won.
 *
 * @example
 * findAmounts('소요예산 : 400백만원(전문기관 운영 325백만원)').map((a) => a.won); // [400_000_000, 325_000_000]
 * findAmounts('조성규모 : 1조 4천억원(목표)')[0].won; // 1_400_000_000_000
 */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    if (m[8] !== undefined) {
      found.push({ raw: m[0].trim(), won: Math.round(toNumber(m[8])), unit: '원', index: m.index! });
      continue;
    }
    const first = toNumber(m[1]!) * (m[2] ? SCALE[m[2]]! : 1) * BASE[m[3]!]!;
    const second = m[4] ? toNumber(m[4]) * (m[5] ? SCALE[m[5]]! : 1) * BASE[m[6]!]! : 0;
    const unit = `${m[2] ?? ''}${m[3]}${m[7] ?? ''}`;
    found.push({ raw: m[0].trim(), won: Math.round(first + second), unit, index: m.index! });
  }
  return found;
}

/**
 * Multiplier in won for a unit as written in a table header or a parent figure
 * (`백만원` → 1,000,000; `억원` → 100,000,000). Null when the unit is not money.
 *
 * @example
 * unitToWon('백만원'); // 1_000_000
 */
export function unitToWon(unit: string): number | null {
  const m = unit.trim().match(/^([천백십])?([조억만])?원?$/);
  if (!m || unit.trim() === '') return null;
  return (m[1] ? SCALE[m[1]]! : 1) * (m[2] ? BASE[m[2]]! : 1);
}

/** Parses `20,255` or `192.5` as a number. */
export function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}
