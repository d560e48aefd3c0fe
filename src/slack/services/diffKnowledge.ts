import type { Knowledge } from '../../knowledge/Knowledge';
import type { DocParts } from '../../reports/DocParts';

/** How one kind of thing changed between two corpora. */
export interface KindDiff {
  /** Korean name of the kind, e.g. `섹션`, `예산`. */
  label: string;
  before: number;
  after: number;
  /** Display names of items that appeared / disappeared (all of them; renderers shorten). */
  added: string[];
  removed: string[];
}

/** What a reload changed, kind by kind. */
export interface KnowledgeDiff {
  kinds: KindDiff[];
  /** True when no kind gained or lost anything. */
  unchanged: boolean;
}

type Keyed = { key: string; name: string };

/**
 * Items are compared by what they say (owner, label, figure as written) rather than by id, because an id
 * may carry a line number that shifts when an unrelated line is inserted above it.
 */
const KIND_KEYS: ReadonlyArray<{ label: string; items: (kb: Knowledge) => Keyed[] }> = [
  { label: '섹션', items: (kb) => everyReport(kb, (p) => p.sections.map((s) => ({ key: s.id, name: `${s.label} ${s.title}` }))) },
  { label: '예산', items: (kb) => everyReport(kb, (p) => p.facts.budgets.map((b) => ({ key: `${b.owner}|${b.kind}|${b.label ?? ''}|${b.raw}`, name: `${b.owner} ${b.kind} ${b.raw}` }))) },
  { label: '일정', items: (kb) => everyReport(kb, (p) => p.facts.milestones.map((m) => ({ key: `${m.owner}|${m.label}|${m.raw}`, name: `${m.label} (${m.raw})` }))) },
  { label: '위치', items: (kb) => everyReport(kb, (p) => p.facts.locations.map((l) => ({ key: `${l.name}|${l.address}`, name: `${l.name}: ${l.address}` }))) },
  { label: '인력', items: (kb) => everyReport(kb, (p) => p.facts.headcounts.map((h) => ({ key: `${h.department}|${h.quota}|${h.current}`, name: `${h.department} ${h.quota}/${h.current}` }))) },
  { label: '부서 기능', items: (kb) => everyReport(kb, (p) => p.facts.duties.map((d) => ({ key: `${d.department}|${d.duties.join('|')}`, name: d.department }))) },
];

/** Items of every loaded report, keyed within their report (the same figure in two reports is two items). */
function everyReport(kb: Knowledge, items: (parts: DocParts) => Keyed[]): Keyed[] {
  return [...kb.library.parts.values()].flatMap((p) => items(p).map((item) => ({ ...item, key: `${p.meta.id}\u0000${item.key}` })));
}

/** Compares two corpora: counts per kind and the items added or removed. */
export function diffKnowledge(before: Knowledge, after: Knowledge): KnowledgeDiff {
  const kinds = KIND_KEYS.map(({ label, items }) => {
    const oldItems = items(before);
    const newItems = items(after);
    const old = byKey(oldItems);
    const now = byKey(newItems);
    return {
      label,
      before: oldItems.length,
      after: newItems.length,
      added: [...now].filter(([key]) => !old.has(key)).map(([, name]) => name),
      removed: [...old].filter(([key]) => !now.has(key)).map(([, name]) => name),
    };
  });
  return { kinds, unchanged: kinds.every((k) => k.added.length === 0 && k.removed.length === 0) };
}

function byKey(items: Keyed[]): Map<string, string> {
  return new Map(items.map((i) => [i.key, i.name]));
}
