const SPLIT = /[\s\p{P}\p{S}]+/u;
const RUNS = /[가-힣]+|[a-z]+|\d+(?:\.\d+)?/g;
/** Particles, longest first; 과/와 are kept because department names end in 과 (일자리정책과). */
const PARTICLES = ['에서는', '으로는', '에서', '으로', '에게', '까지', '부터', '이나', '은', '는', '이', '가', '을', '를', '의', '에', '로', '도', '만'];
/** Particles that only follow a syllable with a final consonant (평가 must keep its 가). */
const AFTER_CONSONANT = new Set(['은', '이', '을', '으로', '으로는', '이나']);
const AFTER_VOWEL = new Set(['는', '가', '를']);

/**
 * Splits text into search terms the way both the index and the queries see it: lower case,
 * thousands separators removed, split at white space, punctuation and symbols and between
 * scripts, then each Hangul word as itself, without a trailing particle, and as character
 * bigrams (so `취업사관학교` matches inside `청년취업사관학교`, and spaced `청년 취업 사관학교` too).
 *
 * @example
 * tokenize('청년취업사관학교는 20,255백만원');
 * // ['청년취업사관학교는', '청년취업사관학교', '청년', '년취', …, '20255', '백만원', '백만', '만원']
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  // `R&D` is one word in this report, not the letters r and d.
  const normal = text.toLowerCase().replace(/(\d),(?=\d{3})/g, '$1').replace(/r\s*&\s*d/g, ' rnd ');
  for (const word of normal.split(SPLIT)) {
    for (const run of word.match(RUNS) ?? []) {
      if (!/[가-힣]/.test(run)) {
        if (run.length >= 2 || /\d/.test(run)) terms.push(run);
        continue;
      }
      terms.push(run);
      const stem = stripParticle(run);
      if (stem !== run) terms.push(stem);
      for (let i = 0; i + 1 < stem.length; i++) terms.push(stem.slice(i, i + 2));
    }
  }
  return terms;
}

/**
 * Removes one trailing particle when what remains is still a word (two syllables or more) and
 * the particle fits the final consonant before it.
 *
 * @example
 * stripParticle('캠퍼스타운의'); // '캠퍼스타운'
 * stripParticle('평가');       // '평가'
 */
export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle) || word.length - particle.length < 2) continue;
    const before = word.charCodeAt(word.length - particle.length - 1);
    const hasFinal = before >= 0xac00 && before <= 0xd7a3 && (before - 0xac00) % 28 !== 0;
    if (AFTER_CONSONANT.has(particle) && !hasFinal) continue;
    if (AFTER_VOWEL.has(particle) && hasFinal) continue;
    return word.slice(0, -particle.length);
  }
  return word;
}
