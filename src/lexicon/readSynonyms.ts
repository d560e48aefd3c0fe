import { PAIRED_PARTICLES, particleFor, stripParticle } from '../text/grammar';
import type { LexiconFile } from './LexiconFile';
import { phrasePattern } from './WordCue';

/**
 * Builds the function that rewrites a question's synonyms into the report's words (`시급` →
 * `시간당`, `budget` → `예산`), longest variant first. A variant that is only part of a longer
 * word the report uses (`시급` in `시급성`), or of several words starting inside one (`펀드 운용사`
 * in `미래혁신성장펀드 운용사`), or joined to another by a hyphen (`job` in `Job-코디`), is left as it is.
 *
 * @example
 * const read = makeSynonymReader(lexicon, vocabulary);
 * read('안심일자리 시급 얼마'); // '안심일자리 시간당 얼마'
 */
export function makeSynonymReader(lexicon: LexiconFile, vocabulary: ReadonlySet<string>): (text: string) => string {
  const byVariant = new Map<string, string>();
  const written: string[] = [];
  for (const { word, variants } of lexicon.synonyms) {
    for (const v of variants) {
      byVariant.set(squash(v), word);
      written.push(v);
    }
  }
  if (byVariant.size === 0) return (text) => text;
  // A space in a variant matches any spacing (`시 부담분`, `시부담분`), so the pattern is built from
  // the variants as written, longest first.
  const variants = written.sort((a, b) => squash(b).length - squash(a).length);
  // A particle ending the word is rewritten to fit the word put in (`시 부담분이` → `시비가`).
  const pattern = new RegExp(`(?:${variants.map(phrasePattern).join('|')})(?:(${PAIRED_PARTICLES.join('|')})(?=[\\s?？.!,]|$))?`, 'gi');
  return (text) =>
    text.replace(pattern, (whole: string, particle: string | undefined, offset: number) => {
      const found = particle ? whole.slice(0, -particle.length) : whole;
      const start = text.lastIndexOf(' ', offset) + 1;
      const end = text.indexOf(' ', offset + found.length);
      const word = text.slice(start, end === -1 ? text.length : end).toLowerCase();
      const partOfReportWord = word.length > found.length && (vocabulary.has(word) || vocabulary.has(stripParticle(word))) && stripParticle(word) !== found.toLowerCase();
      // `미래혁신성장펀드 운용사`: a variant of several words (`펀드 운용사`) starts a word, never inside one.
      const startsInside = /\s/.test(found) && /[\p{L}\p{N}]/u.test(text.slice(start, offset));
      // `Job-코디`: a word joined by a hyphen is a name of its own, not the variant.
      const hyphened = text[offset - 1] === '-' || text[offset + found.length] === '-';
      const read = byVariant.get(squash(found));
      return partOfReportWord || startsInside || hyphened || !read ? whole : `${read}${particle ? particleFor(read, particle) : ''}`;
    });
}

/**
 * Also reads a schedule event word with a day tail written onto it as the event and `날짜` (`오픈일`
 * → `오픈 날짜`, `완공날짜가` → `완공 날짜`): the events are the schedule intent's `events` and
 * `opening` cues, the tails the lexicon's `dayTails`. A word that only starts so (`개최일정`) is left.
 *
 * @example
 * const read = withDayWords((text) => text, lexicon);
 * read('뷰티복합문화공간 오픈일 알려줘'); // '뷰티복합문화공간 오픈 날짜 알려줘'
 */
export function withDayWords(read: (text: string) => string, lexicon: LexiconFile): (text: string) => string {
  const cues = lexicon.intents.schedule?.cues ?? {};
  const events = new Set([cues.events, cues.opening].flatMap((cue) => (cue === undefined ? [] : Array.isArray(cue) ? cue : cue.words)).filter((w) => !/\s/.test(w)));
  const dayWords = new Map([...events].flatMap((event) => lexicon.dayTails.map((tail) => [`${event}${tail}`, `${event} 날짜`] as const)));
  if (dayWords.size === 0) return read;
  return (text) => read(text).split(' ').map((word) => dayWords.get(stripParticle(word)) ?? dayWords.get(word) ?? word).join(' ');
}

function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
