/** Words framing a value someone states (`… 으로 되어 있는데`, `적혀 있는데 이게`): not the value. */
const STATING = /^(?:(?:보고|기재|표기|게재)?되어|(?:보고|기재)?돼|적혀|잡혀|나와|나와서|있는데요?|있던데요?|있네요|이게|그게|이거|그거)$/;

/** The particle or hearsay ending a stated value carries (`4,000백만원으로`, `754명이라카던데`). */
const STATED_END = /(?:이라카던데|라카던데|이라던데|라던데|이라고|라고|으로|로|이|가)$/;

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
