/**
 * A program's name without the report's boilerplate endings, for answers:
 * `청년취업사관학교 조성·운영 추진현황 및 향후계획` → `청년취업사관학교 조성·운영`.
 *
 * @example
 * shortTitle('기술교육원 혁신 추진현황 및 향후계획'); // '기술교육원 혁신'
 */
export function shortTitle(title: string): string {
  return title
    .replace(/\s*추진현황\s*및\s*향후계획$/, '')
    .replace(/\s*\((?:[①-⑳])\)$/, '')
    .trim();
}
