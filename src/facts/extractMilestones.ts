import { parseDateExpression, type ParsedDate } from '../dates/parseDateExpression';
import { asWrittenIn } from '../text/asWrittenIn';
import { periodEnd } from '../dates/periodEnd';
import type { DatePoint } from '../model/datePoint';
import { findAmounts } from '../money/findAmounts';
import type { Milestone } from '../model/milestone';
import { type FactContext, sourceOf } from './FactContext';
import { subjectOf, titleOf } from './subjectOf';

const EVENT = /\s*(완공\s*예정|개관\s*예정|준공\s*예정|개관|완공|준공|착공|개소|개최|출범|착수)\s*$/;
const EVENT_IN_PAREN = /\([^()]*(?:개관|완공|준공|착공|개소)[^()]*\)/;
const PAREN = /\(([^()]*(?:\([^()]*\)[^()]*)?)\)/g;
const SKIP_LINE = /^\s*-?\s*(?:추진\s*근거|운영\s*근거|사업\s*근거|근거)\s*[:：]/;
/** Row labels of tables whose columns are facilities (`개소 | '21. 4월 | '21. 6월`). */
const COLUMN_FIELD = /^(개소|개관|위탁기간|기간|일정|운영기간)$/;

/**
 * Every dated event: each top-level bullet under `□ 향후계획` (planned, dated or not), and
 * elsewhere `label : <date>` lines, dates in parentheses (`영등포 ('20.10 개관)`, `착공('22.06월) →
 * 준공('23.12월)`) and dated table cells. Dates keep their written precision; recurring ones
 * (`분기별`, `수시`) keep no date.
 */
export function extractMilestones(context: FactContext): Milestone[] {
  const found: Milestone[] = [];
  const dateOf = datesOf(context.year);
  const add = (line: number, label: string, parsed: ParsedDate | null, raw: string, planned: boolean, owner?: string) => {
    const cleanLabel = tidy(label);
    if (!cleanLabel) return;
    found.push({
      id: `milestone:${context.docId}:${line}:${found.length}`,
      label: cleanLabel,
      owner: owner ?? subjectOf(context, line).name,
      programId: context.ownerOf(line).programId,
      when: parsed?.when ?? null,
      recurrence: parsed?.recurrence ?? null,
      // As the report writes it (`’22.11~12.`), for finding it there.
      raw: asWrittenIn(context.lines[line - 1]?.raw ?? '', raw.trim()),
      status: planned ? 'planned' : statusOf(parsed, context.reportDate, periodEnd),
      source: sourceOf(context, line),
    });
  };

  let header: string[] = [];
  for (const line of context.lines) {
    const section = context.ownerOf(line.n);
    if (!section.label.includes('-') || SKIP_LINE.test(line.norm)) continue;
    const text = line.norm;
    if (!text.includes('\t')) header = [];

    if (section.kind === 'subsection' && section.title === '향후계획') {
      if (/^(?:-|※)\s/.test(text)) plannedLine(text.replace(/^(?:-|※)\s*/, ''), dateOf, (...args) => add(line.n, ...args, true, titleOf(context, line.n)));
      continue;
    }

    if (text.includes('\t')) {
      const cells = text.split('\t').map((c) => c.trim());
      const isHeader = header.length === 0 || /^(구분|분야|계|합계)$/.test(cells[0]!.replace(/\s+/g, ''));
      if (header.length === 0) header = cells;
      if (!isHeader) tableRowDates(cells, header, dateOf, (label, parsed, raw) => add(line.n, label, parsed, raw, false, titleOf(context, line.n)));
      else for (const cell of cells) for (const d of EVENT_IN_PAREN.test(cell) ? parenDates(cell, dateOf) : []) add(line.n, d.label, d.parsed, d.raw, false, titleOf(context, line.n));
      continue;
    }

    // A note after the value (`'22.10.10(월) ~ 10.15(토), 6일간 ※ 예산 : …`) is not part of it.
    const [key, value] = splitKeyValue(text.replace(/^\s*-?\s*(?:[▶■※]\s*)*/, '').replace(/(?<=\S)\s+※.*$/, ''));
    const asValue = value !== null ? (dateOf(value) ?? dateOf(value.replace(/\s*\([^()]*\)\s*$/, ''))) : null;
    if (asValue?.when) {
      add(line.n, key, asValue, value!, false);
      continue;
    }
    // A date after the value's last slash is when it holds (`주 5일, 1일 6시간 이내 / '22.7.1.~12.20.`).
    const tail = value?.split(' / ').at(-1);
    const period = tail && tail !== value ? dateOf(tail) : null;
    if (period?.when) {
      add(line.n, key, period, tail!, false);
      continue;
    }
    for (const d of parenDates(text, dateOf)) add(line.n, d.label, d.parsed, d.raw, false);
  }
  return found;
}

/**
 * A table row's dated cells, each labelled by its row (by column and row in a table whose columns
 * are facilities: `영등포 개관`), and the events in parentheses of its other cells.
 */
function tableRowDates(cells: readonly string[], header: readonly string[], dateOf: (text: string) => ParsedDate | null, add: (label: string, parsed: ParsedDate, raw: string) => void): void {
  cells.forEach((cell, i) => {
    const parsed = i > 0 ? dateOf(cell) : null;
    if (parsed?.when) {
      const rowLabel = cells[0]!.replace(/\s+/g, '');
      add(COLUMN_FIELD.test(rowLabel) && header[i] ? `${header[i]} ${rowLabel}` : cells[0]!, parsed, cell);
    } else if (EVENT_IN_PAREN.test(cell)) {
      for (const d of parenDates(cell, dateOf)) add(d.label, d.parsed, d.raw);
    }
  });
}

/**
 * A 향후계획 bullet: `label : date`, `date : label`, or dates in parentheses; undated, the bullet
 * is still a planned step (without a date).
 */
function plannedLine(body: string, dateOf: (text: string) => ParsedDate | null, add: (label: string, parsed: ParsedDate | null, raw: string) => void): void {
  const [left, right] = splitKeyValue(body);
  const onRight = right !== null ? dateOf(right) : null;
  const onLeft = !onRight && right !== null ? dateOf(left) : null;
  if (onRight) return add(left, onRight, right!);
  if (onLeft) return add(right!, onLeft, left);
  const inline = parenDates(body, dateOf);
  if (inline.length === 0) add(body, null, '');
  for (const d of inline) add(d.label, d.parsed, d.raw);
}

/** Splits `label : value` at the last ` : ` that is not inside parentheses (`looseColon`: `지정:` too). */
function splitKeyValue(text: string, looseColon = false): [string, string | null] {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(') depth--;
    else if ((ch === ':' || ch === '：') && depth === 0 && (looseColon || /\s/.test(text[i - 1] ?? ''))) {
      return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
    }
  }
  return [text.trim(), null];
}

interface InlineDate {
  label: string;
  parsed: ParsedDate;
  raw: string;
}

/** Dates written in parentheses after what they date: `착공('22.06월) → 준공('23.12월)`. */
function parenDates(text: string, dateOf: (text: string) => ParsedDate | null): InlineDate[] {
  const hits: { index: number; end: number; parsed: ParsedDate; raw: string; event: string }[] = [];
  for (const m of text.matchAll(PAREN)) {
    const inner = m[1]!;
    if (/기준|현재|%|명|개사/.test(inner) || findAmounts(inner).length > 0) continue;
    // `('23.3, 서초구)`, `(싱가포르, 7.31~8.2)`: the date is one of the comma-separated parts.
    // `(지정: '64.4.15.)`: what the date is of, then the date.
    const [what, dated] = splitKeyValue(inner.split(/\s*,(?!\d{3})\s*/).find((p) => /'|\d{1,2}\s*[.월]/.test(p)) ?? inner, true);
    const part = dated ?? what;
    const event = (dated !== null ? what.match(/^[가-힣]+$/)?.[0] : part.match(EVENT)?.[1]) ?? '';
    const datePart = (dated ?? part.replace(EVENT, '')).trim();
    if (!/'|\d{1,2}\s*[.월]/.test(datePart)) continue;
    const parsed = dateOf(datePart);
    // As written, with the event written after the date (`'22.11 개관`): what a search of the report finds.
    const raw = dated === null && event ? part.trim() : datePart;
    if (parsed?.when) hits.push({ index: m.index!, end: m.index! + m[0].length, parsed, raw, event });
  }
  if (hits.length === 1) {
    const hit = hits[0]!;
    // In a chain (`골조공사 중 ⇨ 완공('23.8.)`) the date belongs to the step it follows.
    const before = text.slice(0, hit.index).split(/[⇨→]/).pop()!;
    const after = /[⇨→]/.test(text) ? '' : text.slice(hit.end);
    const label = `${before}${hit.event ? ` ${hit.event}` : ''}${after}`;
    return [{ label, parsed: hit.parsed, raw: hit.raw }];
  }
  return hits.map((hit, i) => {
    const before = text.slice(i === 0 ? 0 : hits[i - 1]!.end, hit.index);
    const label = before.split(/[,→⇨:/[\]]/).pop()!;
    return { label: `${label}${hit.event ? ` ${hit.event}` : ''}`, parsed: hit.parsed, raw: hit.raw };
  });
}

/** Text that may be a date expression: a digit, or a recurrence word (`분기별`, `수시`). */
const MAYBE_DATE = /\d|분기별|수시|상시|매월|매년/;

/**
 * `parseDateExpression` in a report of `year`, without parsing text that cannot be one (most
 * table cells and labels), and each distinct text once per report.
 */
function datesOf(year: number): (text: string) => ParsedDate | null {
  const parsed = new Map<string, ParsedDate | null>();
  return (text) => {
    if (!MAYBE_DATE.test(text)) return null;
    if (!parsed.has(text)) parsed.set(text, parseDateExpression(text, year));
    return parsed.get(text)!;
  };
}

function tidy(label: string): string {
  return label
    .replace(/^\s*(?:-\s*)?(?:[▶■※○①-⑳]\s*)*/, '')
    .replace(/\s*[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

function statusOf(parsed: ParsedDate | null, reportDate: string, periodEnd: (point: DatePoint) => string): Milestone['status'] {
  const when = parsed?.when;
  if (!when) return 'ongoing';
  if (when.end && periodEnd(when.end) < reportDate) return 'done';
  if (when.start && when.start.date > reportDate) return 'planned';
  if (!when.start && when.end && periodEnd(when.end) >= reportDate) return 'planned';
  return 'ongoing';
}
