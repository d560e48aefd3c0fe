import type { Knowledge } from '../knowledge/Knowledge';

/**
 * `('22.8.29. 기준)` from the report's as-of date in the manifest, or its month when none is given.
 *
 * @example
 * asOfLabel(kb); // "('22.8.29. 기준)"
 */
export function asOfLabel(kb: Knowledge): string {
  const doc = kb.documents[0];
  if (!doc) return '';
  const [y, m, d] = (doc.asOf ?? `${doc.reportDate}-`).split('-');
  return `('${y!.slice(2)}.${Number(m)}.${d ? `${Number(d)}.` : ''} 기준)`;
}
