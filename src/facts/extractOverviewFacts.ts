import type { OverviewFact } from '../model/overviewFact';
import type { Section } from '../model/section';
import { type FactContext, sourceOf } from './FactContext';
import { titleOf } from './subjectOf';

/** A block that introduces a program: `□ 사업개요`, `□ 행사개요`, `□ 운영개요`. */
const OVERVIEW_BLOCK = /개요$/;
/** A label is a short name, not a sentence. */
const MAX_LABEL = 14;

interface Draft {
  line: number;
  label: string;
  parent: string | null;
  value: string[];
  children: string[];
}

/**
 * Every `label : value` line of every overview block, as facts with their program and line:
 * `- 기 간 : '22.9.21(수) ~ 9.23(금), 3일간` → `{ label: '기간', value: "'22.9.21(수) ~ 9.23(금), 3일간" }`.
 * Lines without a bullet continue the value above them; `- (label) text` counts as a label too;
 * a note after ` ※ ` on the same line is a fact of its own; tables are left to table rows.
 */
export function extractOverviewFacts(context: FactContext): OverviewFact[] {
  const facts: OverviewFact[] = [];
  for (const section of context.sections) {
    if (section.kind !== 'subsection' || !OVERVIEW_BLOCK.test(section.title) || !section.label.includes('-')) continue;
    for (const draft of draftsOf(context, section)) {
      const value = (draft.value.length ? draft.value : draft.children).join(draft.value.length ? ' ' : ' · ').trim();
      if (!value) continue;
      facts.push({
        id: `overview:${context.docId}:${draft.line}:${facts.length}`,
        label: draft.label,
        parent: draft.parent,
        value,
        block: section.title,
        owner: titleOf(context, draft.line),
        programId: section.programId,
        source: sourceOf(context, draft.line),
      });
    }
  }
  return facts;
}

/** The labelled bullets of one block, in order, with continuation lines and sub-bullets attached. */
function draftsOf(context: FactContext, section: Section): Draft[] {
  const drafts: Draft[] = [];
  let top: Draft | null = null;
  let last: Draft | null = null;
  let previous = -1;
  for (const n of section.lineNumbers) {
    const text = context.lines[n - 1]!.norm;
    const follows = n === previous + 1;
    previous = n;
    if (text.includes('\t') || text.trim() === '') {
      top = last = null;
      continue;
    }
    const bullet = text.match(/^(\s*)-\s*(?:[▶■]\s*)*(.*)$/);
    if (!bullet) {
      // A line without a bullet right after a value continues it (`「서울특별시 …」 제16조`).
      if (follows && last && !/^\s*(?:※|□|[①-⑳])/.test(text)) last.value.push(text.trim());
      else top = last = null;
      continue;
    }
    const nested = bullet[1]!.length > 0;
    const [body, note] = bullet[2]!.split(/\s+※\s*/, 2) as [string, string | undefined];
    if (nested && top) top.children.push(body.trim());
    const draft = labelled(body, n, nested ? (top?.label ?? null) : null);
    if (!nested) top = draft;
    last = draft;
    if (draft) drafts.push(draft);
    const extra = note ? labelled(note, n, draft?.label ?? null) : null;
    if (extra?.value.length) drafts.push(extra);
  }
  return drafts;
}

/** `label : value`, `(label) value` or a bare short label (its value comes from the bullets below). */
function labelled(body: string, line: number, parent: string | null): Draft | null {
  const colon = firstColon(body);
  if (colon > 0) {
    const label = compact(body.slice(0, colon));
    const value = body.slice(colon + 1).trim();
    if (label.length <= MAX_LABEL && !/^[\d'(]/.test(label.replace(/^'\d{2}년/, ''))) return { line, label, parent, value: value ? [value] : [], children: [] };
  }
  const paren = body.match(/^\(([^()]{2,20})\)\s*(.+)$/);
  if (paren) return { line, label: compact(paren[1]!), parent, value: [paren[2]!.trim()], children: [] };
  if (colon < 0 && compact(body).length <= MAX_LABEL && !/\d/.test(body)) return { line, label: compact(body), parent, value: [], children: [] };
  return null;
}

/** The first `:` outside parentheses and 「」 quotes, or -1. */
function firstColon(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '「' || ch === '[') depth++;
    else if (ch === ')' || ch === '」' || ch === ']') depth = Math.max(0, depth - 1);
    else if ((ch === ':' || ch === '：') && depth === 0) return i;
  }
  return -1;
}

function compact(label: string): string {
  return label.replace(/\s+|^※/g, '');
}
