import { type AskedPeriod, askedPeriod, PERIOD_WORDS, type PeriodCue, type PeriodWord } from '../dates/askedPeriod';
import type { Knowledge } from '../knowledge/Knowledge';
import { reportAsOf } from '../knowledge/reportAsOf';
import type { Question } from './Question';

/**
 * The period a question asks about (`다음 달`, `22년 11월`, `올해 남은`), read against the
 * question's clock with the lexicon's period words; null when it names none.
 *
 * @example
 * periodOf(kb, question('다음 달 일정 뭐 있어', '2022-10-15'))?.from; // '2022-11-01'
 */
export function periodOf(kb: Knowledge, q: Question): AskedPeriod | null {
  const words = kb.lexicon.intent('calendar');
  const cues = {} as Record<PeriodWord, PeriodCue>;
  for (const name of PERIOD_WORDS) cues[name] = words.cue(name);
  return askedPeriod(q.text, { asOf: q.asOf, reportDay: reportAsOf(kb), cues });
}
