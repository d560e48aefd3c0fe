import { aggregate } from './aggregate';
import { budget } from './budget';
import { calendar } from './calendar';
import { compare } from './compare';
import { department } from './department';
import { headcount } from './headcount';
import type { Intent } from './Intent';
import { location } from './location';
import { overview } from './overview';
import { ranking } from './ranking';
import { schedule } from './schedule';
import { search } from './search';
import { table } from './table';

/**
 * Every intent, in the order routing tries them: the most specific wording first, the search
 * fallback last. Fact intents whose facts are missing make the answer "not in the report"
 * rather than a loosely related passage.
 */
export const INTENTS: readonly Intent[] = [compare, aggregate, ranking, headcount, department, budget, overview, calendar, location, schedule, table];

/** Intents that answer only from fact tables: when they find nothing, the report lacks the fact. */
export const FACT_INTENTS = new Set(['headcount', 'budget', 'location', 'schedule']);

export { search };
export type { Intent } from './Intent';
