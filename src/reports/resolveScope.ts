import type { Knowledge } from '../knowledge/Knowledge';
import type { DocumentMeta } from '../model/document';
import { readScope, type NamedReport } from './readScope';
import { contains, namedWord } from '../answer/matchScore';
import { stripParticle } from '../text/grammar';

/** The view a question is answered from, and the question without its report phrase. */
export interface Scope {
  view: Knowledge;
  text: string;
  /** The reports the question named (newest first); empty when it named none. */
  named: DocumentMeta[];
  /** The phrase named a report that is not loaded: what was asked, for the answer. */
  missing: string | null;
  /** A second report named to compare with (`2021년 보고서랑 2022년 9월 보고서 비교`). */
  compareWith: DocumentMeta | null;
}

/**
 * Picks what a question is answered from: the report it names (`2021년 보고서`, `작년 업무보고`,
 * `지난 보고`), else the office it names (`복지정책실 …`), else the default view (each program from
 * the newest report that has it). `작년` and `지난` count back from the newest report of the office
 * named, or of all reports.
 *
 * @example
 * resolveScope(kb, '2021년 보고서 청년취업사관학교 예산').named.map((d) => d.reportDate); // ['2021-09']
 */
export function resolveScope(kb: Knowledge, input: string): Scope {
  const { library } = kb;
  const offices = [...library.byOffice.keys()];
  const { text, named } = readScope(input, kb.lexicon, offices);
  const compact = text.replace(/\s+/g, '');
  const office = named?.office ?? (offices.length > 1 ? (offices.find((o) => compact.includes(o)) ?? null) : null);
  const pool = library.documents.filter((d) => office === null || d.office === office);
  // An office no report is of (`문화본부 업무보고`) leaves the default view; the report named is then missing.
  const base = (office !== null && offices.length > 1 ? library.byOffice.get(office) : undefined) ?? kb;
  if (!named) return { view: base, text: office !== null && offices.length > 1 ? withoutOffice(base, text, office) : text, named: [], missing: null, compareWith: null };
  const chosen = pickReports(pool, named);
  if (chosen.length === 0) return { view: base, text, named: [], missing: describeNamed(named), compareWith: null };
  // A second report phrase names what to compare with; it is taken out of the question too.
  const second = readScope(text, kb.lexicon, offices);
  const other = second.named ? pickReports(pool, second.named).find((d) => !chosen.includes(d)) ?? null : null;
  return { view: library.byDoc.get(chosen[0]!.id)!, text: other ? second.text : text, named: chosen, missing: null, compareWith: other };
}

/**
 * The question without the office it named, once the office has picked the view, when the rest
 * still names something (`복지정책실 노숙인 보호대책 예산`); kept when the office is the subject
 * (`복지정책실 전체 예산`).
 */
function withoutOffice(view: Knowledge, text: string, office: string): string {
  const rest = text.split(' ').filter((word) => !word.startsWith(office));
  const names = rest.some((word) => word.length >= 2 && contains(namedWord(stripParticle(word)), view.match.names));
  return names ? rest.join(' ') : text;
}

/** The reports a phrase names, newest first. */
function pickReports(pool: readonly DocumentMeta[], named: NamedReport): DocumentMeta[] {
  const newest = pool[0];
  if (!newest) return [];
  // `지난`, `작년` count back among the newest report's office's reports.
  const office = pool.filter((d) => d.office === newest.office);
  if (named.back === 'previous' && named.year === null) return office.slice(1, 2);
  if (named.back === 'lastYear') return office.filter((d) => Number(d.reportDate.slice(0, 4)) === Number(newest.reportDate.slice(0, 4)) - 1);
  const year = named.year;
  if (year === null && named.month === null) return named.latest || named.office ? [newest] : [];
  return pool.filter((d) => {
    const [y, m] = d.reportDate.split('-').map(Number);
    return (year === null || y === year) && (named.month === null || m === named.month);
  });
}

/** `2019년`, `2019년 3월`, `작년`: the report asked for, in the not-loaded message. */
function describeNamed(named: NamedReport): string {
  if (named.year !== null) return `${named.year}년${named.month !== null ? ` ${named.month}월` : ''}`;
  if (named.month !== null) return `${named.month}월`;
  return named.back === 'lastYear' ? '작년' : named.back === 'previous' ? '지난' : '그';
}
