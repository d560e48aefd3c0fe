import type { BudgetFact } from '../model/budgetFact';
import type { LocationFact } from '../model/locationFact';
import type { Milestone } from '../model/milestone';
import type { OverviewFact } from '../model/overviewFact';
import type { QuantitySeries } from '../model/quantitySeries';
import type { TableRow } from '../model/tableRow';

/*
 * The names each kind of fact is matched by: a card's names are its name and its program's titles
 * (see `buildMatchState`).
 */

/** The name a budget figure is matched by: owner, kind and label (`캠퍼스타운 사업예산 종합형`). */
export const budgetName = (f: BudgetFact) => `${f.owner} ${f.kind} ${f.label ?? ''}`;
/** The name a milestone is matched by: owner and label. */
export const milestoneName = (m: Milestone) => `${m.owner} ${m.label}`;
/** The name a place is matched by. */
export const locationName = (l: LocationFact) => l.name;
/** An overview line is matched by its program, block, labels and value (`참여대상 … 350명`). */
export const overviewName = (f: OverviewFact) => `${f.owner} ${f.block} ${f.parent ?? ''} ${f.label} ${f.value}`;
/** A table row is matched by its table (caption, the lines above it, headers) and its cells. */
export const tableRowName = (r: TableRow) => `${r.owner} ${r.caption ?? ''} ${r.context} ${r.headers.join(' ')} ${r.label} ${r.cells.join(' ')}`;
/** A series is matched by its table and what it measures, with its items' names. */
export const seriesName = (s: QuantitySeries) => `${s.owner} ${s.caption ?? ''} ${s.context} ${s.name} ${s.items.map((i) => i.name).join(' ')}`;
