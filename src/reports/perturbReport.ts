import type { CorpusDocument } from '../corpus/readCorpus';
import { groupThousands } from '../text/groupThousands';

/**
 * An older copy of a report, as a yearly report of the same programs would be: dates `years`
 * earlier (`'22.` → `'21.`; a full year like `2022년` is kept, as program titles hold them), every amount written with thousands separators
 * scaled by `factor` (`20,255` → `18,230` at 0.9), titles and all other text kept. The copy is
 * `perturbed-<years>`, reported `years` years before the original (and as of `years` earlier).
 * Pure: the original is not changed. Used by `npm run bench -- --reports N`.
 *
 * @example
 * const older = perturbReport(corpus.documents[0], 1, 0.9);
 * older.meta.id; // 'perturbed-1'
 * older.meta.reportDate; // '2021-09'
 */
export function perturbReport(doc: CorpusDocument, years: number, factor: number): CorpusDocument {
  const id = `perturbed-${years}`;
  const text = doc.text
    .replace(/'(\d\d)\./g, (_m, yy: string) => `'${shortYear(Number(yy) - years)}.`)
    .replace(/(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])/g, (amount) => scaled(amount, factor));
  const meta = {
    ...doc.meta,
    id,
    file: `${id}.txt`,
    reportDate: shiftYear(doc.meta.reportDate, years),
    ...(doc.meta.asOf ? { asOf: shiftYear(doc.meta.asOf, years) } : {}),
  };
  return { ...doc, meta, path: doc.path.replace(/[^/\\]+$/, meta.file), text };
}

/**
 * A corpus of `count` reports: the given report (newest, its own manifest entry) and `count − 1`
 * perturbed copies, the i-th `i` years older with amounts scaled by `1 − 0.03·i` (at least 0.1).
 *
 * @example
 * perturbedCorpus(doc, 3).map((d) => d.meta.id); // ['seoul-econ-2022-09', 'perturbed-1', 'perturbed-2']
 */
export function perturbedCorpus(doc: CorpusDocument, count: number): CorpusDocument[] {
  const copies = [doc];
  for (let i = 1; i < count; i++) copies.push(perturbReport(doc, i, Math.max(0.1, 1 - 0.03 * i)));
  return copies;
}

/** `YYYY-…` with the year `years` earlier. */
function shiftYear(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

/** A two-digit year, wrapping below zero (`'00` − 1 → `'99`). */
function shortYear(yy: number): string {
  return String(((yy % 100) + 100) % 100).padStart(2, '0');
}

/** An amount like `20,255` times `factor`, written the same way (at least 1,000, so it keeps a separator). */
function scaled(amount: string, factor: number): string {
  const value = Math.max(1000, Math.round(Number(amount.replace(/,/g, '')) * factor));
  return groupThousands(value);
}
