import { citationText } from './citationText';
import type { DigestEntry } from './computeDigest';
import { formatDatePoint } from '../dates/formatDatePoint';
import { formatDDay } from './formatDDay';

/** A digest entry as the strings people read, before any Slack or terminal formatting. */
export interface EntryText {
  /** `11월 3일 (목) 시작`, `2022년 11월`: the date at its real precision, plus start/end. */
  when: string;
  /** `D-3` for exact dates, else null. */
  dDay: string | null;
  label: string;
  /** Program or topic the milestone belongs to. */
  owner: string;
  /** The date exactly as the report writes it, e.g. `'22.11.3.~11.4.`. */
  raw: string;
  citation: string;
}

const ROLE_SUFFIX = { single: '', start: ' 시작', end: ' 마감', span: '' } as const;

/** Describes an entry relative to the digest's reference date (the year is shown only when it differs). */
export function describeEntry(entry: DigestEntry, asOf: string): EntryText {
  const withYear = (date: string) => date.slice(0, 4) !== asOf.slice(0, 4);
  const { source } = entry.milestone;
  const until = entry.until ? ` ~ ${formatDatePoint(entry.until, withYear(entry.until.date))}` : '';
  return {
    when: `${formatDatePoint(entry.point, withYear(entry.point.date))}${until}${ROLE_SUFFIX[entry.role]}`,
    dDay: entry.daysUntil === null ? null : formatDDay(entry.daysUntil),
    label: entry.milestone.label,
    owner: entry.milestone.owner,
    raw: entry.milestone.raw,
    // The owner already names the program, so the innermost section title is enough here.
    citation: citationText({ section: source.sectionLabel, title: source.sectionPath.at(-1) ?? '', line: source.line, report: entry.report }),
  };
}
