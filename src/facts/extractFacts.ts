import type { BudgetFact } from '../model/budgetFact';
import type { DutyFact } from '../model/dutyFact';
import type { HeadcountFact } from '../model/headcountFact';
import type { LocationFact } from '../model/locationFact';
import type { Milestone } from '../model/milestone';
import type { OverviewFact } from '../model/overviewFact';
import type { QuantitySeries } from '../model/quantitySeries';
import type { TableRow } from '../model/tableRow';
import { extractAmountTables } from './extractAmountTables';
import { extractBudgets } from './extractBudgets';
import { extractDepartmentBudgets, extractDuties, extractHeadcounts } from './extractDepartmentTables';
import { extractLocations } from './extractLocations';
import { extractMilestones } from './extractMilestones';
import { extractOverviewFacts } from './extractOverviewFacts';
import { extractSeries } from './extractSeries';
import { extractTableRows } from './extractTableRows';
import type { FactContext } from './FactContext';

/** The fact tables of one document. */
export interface FactTables {
  budgets: BudgetFact[];
  milestones: Milestone[];
  locations: LocationFact[];
  headcounts: HeadcountFact[];
  duties: DutyFact[];
  overviews: OverviewFact[];
  tableRows: TableRow[];
  series: QuantitySeries[];
}

/**
 * Runs every extractor over a parsed document.
 *
 * @example
 * const facts = extractFacts(makeFactContext(docId, 2022, '2022-09-01', lines, sections, tableWords));
 * facts.headcounts.length; // 12 (11 departments and the office total)
 */
export function extractFacts(context: FactContext): FactTables {
  const locations = extractLocations(context);
  const tableRows = extractTableRows(context);
  return {
    budgets: [...extractDepartmentBudgets(context), ...extractBudgets(context), ...extractAmountTables(context)],
    milestones: extractMilestones(context),
    locations,
    headcounts: extractHeadcounts(context),
    duties: extractDuties(context),
    overviews: extractOverviewFacts(context),
    tableRows,
    series: extractSeries(context, tableRows, locations),
  };
}
