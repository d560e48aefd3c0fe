import { PERIOD_WORDS } from '../dates/askedPeriod';

/**
 * The cues each intent's code reads from `corpus/lexicon.json`: a lexicon without one is refused
 * when it loads, naming what is missing. Add a line here when an intent reads a new cue.
 */
export const REQUIRED_CUES: Readonly<Record<string, readonly string[]>> = {
  aggregate: ['most', 'least', 'which', 'count', 'whole', 'totalOf', 'staff', 'vacancy', 'current', 'superlative'],
  headcount: ['howMany', 'whole', 'otherPeople'],
  department: ['owner', 'figures', 'sumAsked', 'dateAsked'],
  budget: ['area', 'money', 'explicit', 'part', 'perUnit', 'perUnitLine', 'moneyAsked'],
  location: ['area', 'explicit', 'where', 'street', 'areaKinds'],
  schedule: ['explicit', 'events', 'strictEvents', 'namedEvents', 'opening', 'openingEvents', 'plans', 'preparatory', 'day'],
  ranking: ['size', 'entity', 'sum', 'countTails', 'notQuantity', 'among', 'people'],
  overview: ['asking', 'held', 'eventBlocks', 'periodLabels', 'qualifiers', 'namedFields', 'fieldLine', 'whereKinds'],
  table: ['list'],
  calendar: ['which', 'when', 'ending', 'starting', 'things', 'completion', 'doorOpening', 'overviewFields', ...PERIOD_WORDS],
  search: ['person', 'whole', 'totalRow', 'overviewBlocks', 'scaleLabels', 'definition', 'result', 'mention', 'related'],
  compare: ['reportWords', 'asOfWords', 'lastYear', 'previous', 'latest', 'baseline', 'budgetChange', 'scheduleChange', 'changeNouns', 'titleEndings', 'doneWords', 'addedWords', 'droppedWords'],
};
