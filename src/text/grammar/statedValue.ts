/** Words framing a value someone states (`… 으로 되어 있는데`, `적혀 있는데 이게`): not the value. */
const STATING = /^(?:(?:보고|기재|표기|게재)?되어|(?:보고|기재)?돼|적혀|잡혀|나와|나와서|있는데요?|있던데요?|있네요|이게|그게|이거|그거)$/;

/** The particle or hearsay ending a stated value carries (`4,000백만원으로`, `754명이라카던데`). */
const STATED_END = /(?:이라카던데|라카던데|이라던데|라던데|이라고|라고|으로|로|이|가)$/;

/**
 * A word ending as what someone heard (`60억이라던데`, `된다던데`, `목표라던데`, `50억이라고`): the noun
 * or verb before the ending, and whether the ending follows a noun (`이라`, `라`) or a verb (`다`).
 */
const HEARD = /^(.*?)(?:(이?라)(?:카던데|던데|는데|고)|(다)(?:던데|는데|고))요?[,，]?$/;

/** The verb of hearing or saying after a `라고`/`다고` claim (`50억이라고 들었는데`, `… 하던데`). */
const HEARING = /^(?:들었|들은|듣기|하던|하더|했는|하는데|알고|알았)/;

/** A figure with a subject or topic particle (`2022가`, `2022년은`). */
const SUBJECT_FIGURE = /\d\S*(?:가|는|은)$/;

/** Words that make a figure approximate (`한 60억쯤`, `약 50억`). */
const APPROXIMATE = /^(?:한|약|대략|얼추|거의|대충|대강)$/;

/** A year said as a condition (`2021년에`, `'21년도`), never the value stated. */
const YEAR_CONDITION = /^'?(?:19|20)?\d{2}년(?:도|에|에는|의)$/;

/** A subject particle on the word before a stated place (`위치가 광진구 구의동`). */
const SUBJECT = /[가-힣](?:이|가)$/;

/** Most words a stated value without figures takes (`광진구 구의동`). */
const MAX_PLAIN_VALUE = 3;

/** A value a question states to have it checked, and the question without it. */
export interface StatedValue {
  /** The value as stated, without its particle (`6,434명`, `'25년 11월`, `광진구 구의동`). */
  value: string;
  /** The question without the value and the words framing it. */
  text: string;
  /** Heard before the question (`… 된다던데`), not stated for a check word to judge. */
  heard?: boolean;
}

/**
 * A question checking a value it states (`참여인원이 6,434명으로 되어 있는데 맞습니까?`): the value,
 * and the question without it, so a wrong value never sinks the question. `checkAt` is where the
 * check word starts (`맞습니까`, found by the lexicon). The value is the run of figures and framing
 * words just before the check, or, with no figure, the words after an attribute with a subject
 * particle (`위치가`, when `isAttribute('위치')`). A year said as a condition (`2021년에`) stays.
 *
 * @example
 * statedValue('안심일자리 참여인원이 6,434명으로 되어 있는데 맞습니까?', 32, () => false);
 * // { value: '6,434명', text: '안심일자리 참여인원이 맞습니까?' }
 */
export function statedValue(text: string, checkAt: number, isAttribute: (word: string) => boolean): StatedValue | null {
  const before = text.slice(0, checkAt).trim().split(/\s+/);
  let start = before.length;
  while (start > 1 && (/\d/.test(before[start - 1]!) || STATING.test(before[start - 1]!))) start--;
  if (!before.slice(start).some((word) => /\d/.test(word))) {
    const subject = before.findLastIndex((word) => SUBJECT.test(word));
    start = subject > 0 && before.length - subject - 1 <= MAX_PLAIN_VALUE && isAttribute(before[subject]!.slice(0, -1)) ? subject + 1 : before.length;
  }
  const claim = before.slice(start).filter((word) => !YEAR_CONDITION.test(word));
  const value = claim.filter((word) => !STATING.test(word)).map((word) => word.replace(STATED_END, ''));
  if (value.length === 0) return null;
  const kept = [...before.slice(0, start), ...before.slice(start).filter((word) => YEAR_CONDITION.test(word))];
  return { value: value.join(' '), text: `${kept.join(' ')} ${text.slice(checkAt)}` };
}

/**
 * A value someone heard and states before asking (`예산이 한 60억쯤 된다던데 정확한 숫자가 뭐예요?`,
 * `9월 20일부터 사흘간이라던데 날짜 맞아요?`): the figures of the clause that ends as hearsay, and
 * the question without them and without that ending word. The clause must hold a figure that is not
 * a year said as a condition; a claim without one (`용산에 생긴다던데`) names what is asked.
 *
 * @example
 * heardValue('서울투자청 예산이 한 60억쯤 된다던데 정확한 숫자가 뭐예요?');
 * // { value: '한 60억쯤', text: '서울투자청 예산이 정확한 숫자가 뭐예요?', heard: true }
 */
export function heardValue(text: string): StatedValue | null {
  const words = text.trim().split(/\s+/);
  for (let end = 0; end < words.length; end++) {
    const heard = HEARD.exec(words[end]!);
    if (!heard) continue;
    let start = end;
    // A figure with a subject particle is what the claim is about (`Try Everything 2022가`), not its value.
    while (start > 0 && ((/\d/.test(words[start - 1]!) && !SUBJECT_FIGURE.test(words[start - 1]!)) || APPROXIMATE.test(words[start - 1]!))) start--;
    // After a noun the ending's word is part of the claim (`사흘간이라던데`); after a verb it is not (`된다던데`).
    const stem = heard[2] ? [heard[1]!] : [];
    const claim = [...words.slice(start, end), ...stem].filter((word) => word && !YEAR_CONDITION.test(word));
    if (!claim.some((word) => /\d/.test(word))) continue;
    // `… 50억이라고 들었는데`: the verb of hearing goes with the claim.
    const hearing = /고[,，]?$/.test(words[end]!) && HEARING.test(words[end + 1] ?? '');
    // `… 라고 알고 있는데`: the helper of 알고 goes with it too.
    const after = !hearing ? end + 1 : /^알고/.test(words[end + 1]!) && /^있/.test(words[end + 2] ?? '') ? end + 3 : end + 2;
    const kept = [...words.slice(0, start).filter(Boolean), ...words.slice(start, end).filter((word) => YEAR_CONDITION.test(word)), ...words.slice(after)];
    return { value: claim.map((word) => word.replace(STATED_END, '')).join(' '), text: kept.join(' '), heard: true };
  }
  return null;
}

/**
 * The kind of a value stated: money (`60억`, `4,000백만원`), a date (`9월 20일`, `2023년`) or a count
 * (`350명`, `68개사`); null for none of them.
 *
 * @example
 * valueKind('한 60억쯤'); // 'money'
 */
export function valueKind(value: string): 'money' | 'date' | 'count' | null {
  if (/\d\s*(?:원|억|만원|백만원|천만원)/.test(value)) return 'money';
  if (/\d\s*(?:년|월|일)/.test(value)) return 'date';
  if (/\d\s*(?:명|개|곳|건|회|팀)/.test(value)) return 'count';
  return null;
}
