import type { Lexicon } from '../lexicon/Lexicon';
import { reportYearMonth } from '../dates/reportYearMonth';
import { stripParticle } from '../text/grammar';

/** Which report a question names: `2021년 보고서`, `작년 업무보고`, `지난 보고`, `22년 9월 보고 기준`. */
export interface NamedReport {
  year: number | null;
  month: number | null;
  /** `작년`: the year before the newest report's; `지난`: the report before the newest. */
  back: 'lastYear' | 'previous' | null;
  /** `최신 보고서`: the newest. */
  latest: boolean;
  /** An office named inside the phrase (`경제정책실 업무보고`). */
  office: string | null;
}

/** The question without its report phrase, and the report it names (null when none). */
export interface ReadScope {
  text: string;
  named: NamedReport | null;
}

/**
 * Finds the phrase naming a report: a report word (`보고서`, `업무보고`, `보고`, with a particle or
 * `기준` after it) with a year, month, `작년`/`지난`/`최신` or an office right before it. A year
 * without a report word stays the year of a fact (`2023년 예산`). The phrase is taken out of the
 * question; a bare report word (`보고서에서`) names no report and is taken out too.
 *
 * @example
 * readScope('2021년 보고서 청년취업사관학교 예산', lexicon, offices).named?.year; // 2021
 * readScope('2023년 예산', lexicon, offices).named; // null
 */
export function readScope(text: string, lexicon: Lexicon, offices: readonly string[]): ReadScope {
  const cues = lexicon.intent('compare');
  const reportWords = cues.cue('reportWords').words.map((w) => w.replace(/\s+/g, ''));
  const asOf = cues.cue('asOfWords').words;
  const tokens = joinPhrases(text.split(' '), cues.cue('reportWords').words.filter((w) => /\s/.test(w)));
  for (let i = 0; i < tokens.length; i++) {
    const found = reportWordAt(tokens[i]!, reportWords, asOf);
    if (!found) continue;
    const named: NamedReport = { year: null, month: null, back: null, latest: false, office: null };
    let start = i;
    const read = (word: string) => readPart(word, named, cues, offices, lexicon.departments.unitEnds);
    if (found.before && !read(found.before)) continue;
    while (start > 0 && start > i - 4 && read(tokens[start - 1]!)) start--;
    const end = i + 1 < tokens.length && pointsAtReport(tokens[i + 1]!, asOf) ? i + 2 : i + 1;
    const rest = [...tokens.slice(0, start), ...tokens.slice(end)].join(' ').trim();
    const names = named.year !== null || named.month !== null || named.back !== null || named.latest || named.office !== null;
    return { text: rest || text, named: names ? named : null };
  }
  return { text, named: null };
}

/** A word after the report phrase that only points at it (`기준`, `때`, `나온`, `당시`); one syllable only whole. */
function pointsAtReport(token: string, words: readonly string[]): boolean {
  const bare = stripParticle(token);
  return words.some((w) => token === w || bare === w || (w.length >= 2 && token.startsWith(w)));
}

/** Tokens with each spaced report phrase (`업무 보고`) made one word, as the report words are matched. */
function joinPhrases(tokens: string[], phrases: readonly string[]): string[] {
  const parts = phrases.map((p) => p.split(/\s+/));
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = parts.find((p) => p.every((part, k) => (k === p.length - 1 ? tokens[i + k]?.startsWith(part) : tokens[i + k] === part)));
    if (!phrase) {
      joined.push(tokens[i]!);
      continue;
    }
    joined.push(tokens.slice(i, i + phrase.length).join(''));
    i += phrase.length - 1;
  }
  return joined;
}

/** A report word in a token, with what comes before it (`작년보고서에서` → `작년`); null if the rest is not a particle. */
function reportWordAt(token: string, words: readonly string[], asOf: readonly string[]): { before: string } | null {
  for (const word of words) {
    const at = token.indexOf(word);
    if (at < 0) continue;
    const rest = token.slice(at + word.length);
    const after = rest.slice(asOf.find((w) => rest.startsWith(w))?.length ?? 0);
    if (after === '' || stripParticle(`${word}${after}`) === word) return { before: token.slice(0, at) };
  }
  return null;
}

/** Reads one word before the report word into `named`; false when it is none of the report's parts. */
function readPart(word: string, named: NamedReport, cues: ReturnType<Lexicon['intent']>, offices: readonly string[], unitEnds: readonly string[]): boolean {
  const bare = stripParticle(word);
  const date = reportYearMonth(bare) ?? reportYearMonth(word);
  if (date) {
    named.year ??= date.year;
    named.month ??= date.month;
    return true;
  }
  if (cues.cue('lastYear').words.includes(bare)) return Boolean((named.back = 'lastYear'));
  if (cues.cue('previous').words.includes(bare)) return Boolean((named.back = 'previous'));
  if (cues.cue('latest').words.includes(bare)) return (named.latest = true);
  const office = offices.find((o) => bare === o || bare.startsWith(o));
  if (office) return Boolean((named.office = office));
  // `문화본부 업무보고`: an office no report loaded is of (a unit's name: 본부, 국, 실) is named all the same.
  if (bare.length >= 3 && unitEnds.some((end) => bare.endsWith(end))) return Boolean((named.office = bare));
  return false;
}
