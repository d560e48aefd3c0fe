import type { BudgetFact } from '../model/budgetFact';
import type { DocumentMeta } from '../model/document';
import type { DutyFact } from '../model/dutyFact';
import type { HeadcountFact } from '../model/headcountFact';
import type { LocationFact } from '../model/locationFact';
import type { Milestone } from '../model/milestone';
import type { OverviewFact } from '../model/overviewFact';
import type { TableRow } from '../model/tableRow';
import type { QuantitySeries } from '../model/quantitySeries';
import type { Section } from '../model/section';
import type { SectionIndex } from '../search/SectionIndex';
import type { TableKeys } from '../answer/tableKeys';
import type { AliasTable } from '../corpus/aliases';
import type { CorrectionTable } from '../corpus/corrections';
import type { Lexicon } from '../lexicon/Lexicon';
import type { MatchState } from '../answer/matchState';
import type { Library } from '../reports/Library';

/**
 * What questions are answered from: one view of the loaded reports, built from `corpus/` in one
 * pass and never mutated afterwards (a reload builds a new one and swaps the reference). The view
 * `loadKnowledge` returns is the default one: each program from the newest report that has it.
 * `library` holds every report and the other views (one per report, one per office).
 */
export interface Knowledge {
  /** The reports this view draws from, newest first. */
  documents: DocumentMeta[];
  library: Library;
  sections: Section[];
  sectionById: ReadonlyMap<string, Section>;
  budgets: BudgetFact[];
  milestones: Milestone[];
  locations: LocationFact[];
  headcounts: HeadcountFact[];
  duties: DutyFact[];
  /** `label : value` lines of the programs' overview blocks (사업개요, 행사개요, 운영개요). */
  overviews: OverviewFact[];
  /** Every data row of every table, with its headers. */
  tableRows: TableRow[];
  /** Figures of one kind and unit that can be compared or summed: table columns and rows, facility areas. */
  series: QuantitySeries[];
  aliases: AliasTable;
  /** Known OCR misreadings, applied to questions too. */
  corrections: CorrectionTable;
  /** The words questions are read with (`corpus/lexicon.json`), compiled. */
  lexicon: Lexicon;
  /** Every word of the reports, as written and without its particle. */
  vocabulary: ReadonlySet<string>;
  /** Everything the matcher derives from the corpus (fact cards, section lines, alias patterns), built at load. */
  match: MatchState;
  index: SectionIndex;
  /** Every table row's names and each table's caption words, for the table lookups. */
  tables: TableKeys;
  /** The overview label concept (`대상`, `장소`) of each overview fact, by the lexicon's overview kinds. */
  overviewConcepts: ReadonlyMap<OverviewFact, string | null>;
  /** The kinds of budget figure the reports write (`소요예산`, `조성목표`), spaces removed: a table column named so is a budget figure. */
  budgetKinds: ReadonlySet<string>;
  /** Each quantity series' name as a question writes it (`지원금액(백만원)` → `지원금액`), once. */
  seriesKeys: readonly string[];
  /** Milliseconds spent reading, parsing and indexing. */
  buildMs: number;
}
