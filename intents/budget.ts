import { ambiguous, answerOf, citationOf, notFound } from '../src/answer/compose';
import { MESSAGES } from '../src/answer/messages';
import { shortTitle } from '../src/facts/shortTitle';
import { namesNothingElse } from '../src/answer/namesNothingElse';
import { MIN_MATCH, rankFacts, tiedPrograms } from '../src/answer/rankFacts';
import { askedYear } from '../src/dates/askedYear';
import { relativeYear } from '../src/answer/relativeYear';
import { asOfLabel } from '../src/answer/asOfLabel';
import { reportYearOf } from '../src/reports/reportOf';
import type { Question } from '../src/answer/Question';
import type { Knowledge } from '../src/knowledge/Knowledge';
import type { Answer } from '../src/model/answer';
import type { BudgetFact } from '../src/model/budgetFact';
import { describeAmount } from '../src/render/describeFact';
import type { Intent } from './Intent';

/** Budget questions: `캠퍼스타운 예산 얼마`, `일자리정책과 집행률`, `AI지원센터 총사업비`. */
export const budget: Intent = {
  name: 'budget',
  // `규모 얼마나 돼` asks for an area unless money is named.
  detect: (q, kb) => {
    const words = kb.lexicon.intent('budget');
    return words.asks(q.text) && !(words.cue('area').test(q.text) && !words.cue('money').test(q.text));
  },
  answer(kb, q) {
    // The report has this year's money only: a question about another year (`2023년`, `내년`) is
    // not answered with it. `올해`/`내년` count from the year of each figure's report.
    const year = askedYear(q.text);
    const offset = relativeYear(kb, q.text);
    const reportYear = (f: BudgetFact) => reportYearOf(kb, f.source.docId);
    const inYear = (f: BudgetFact) => f.year === (year ?? reportYear(f) + (offset ?? 0));
    if ((year !== null || offset) && !kb.budgets.some(inYear)) return null;
    // `업체당 한도`: an amount per company is not the program's budget; a passage line states it.
    if (kb.lexicon.intent('budget').cue('perUnit').test(q.text)) return null;
    // The kinds of figure the question names (`집행률`, `총사업비`), by the lexicon's `kinds`.
    const wanted = kb.lexicon
      .intent('budget')
      .kinds.filter(({ cue }) => cue.test(q.text))
      .map(({ kind }) => (f: BudgetFact) => f.kind.startsWith(kind));
    // A named year must match the figure's.
    if (year !== null || offset !== null) wanted.push((f) => inYear(f) && f.kind.includes('예산'));
    const isWanted = (f: BudgetFact) => wanted.some((w) => w(f));
    // `금융투자과 집행률` is about the department; `금융투자과 서울투자청 예산` about a program.
    const aboutDepartment = q.department !== null && namesNothingElse(kb, q);
    return aboutDepartment ? departmentBudget(kb, q, q.department!, isWanted) : programBudget(kb, q, isWanted);
  },
};

/** A department's row of the 예산 table: what was asked (default 예산현액), the rest as details. */
function departmentBudget(kb: Knowledge, q: Question, department: string, isWanted: (f: BudgetFact) => boolean): Answer | null {
  const rows = kb.budgets.filter((f) => f.owner === department && f.ownerType === 'department');
  const asked = rows.filter(isWanted);
  const shown = asked.length ? asked : rows.filter((f) => f.kind === '예산현액');
  if (shown.length === 0) return null;
  return answerOf(q, 'budget', {
    headline: `${department}의 ${shown.map((f) => `${f.kind}은 ${describeAmount(f)}`).join(', ')}입니다 ${asOfLabel(kb, shown[0]!.source.docId)}.`,
    details: rows.filter((f) => !shown.includes(f)).map((f) => `${f.kind}: ${describeAmount(f)}`),
    subject: department,
    fields: rows.map((f) => ({ label: f.kind, value: describeAmount(f) })),
    citations: [citationOf(shown[0]!.source)],
  });
}

/** A program's or facility's figure: the kind asked for if named, else its first whole figure, with its parts. */
function programBudget(kb: Knowledge, q: Question, isWanted: (f: BudgetFact) => boolean): Answer | null {
  const all = rankFacts(kb, q, kb.match.budgets, (f) => f.ownerType !== 'department' && f.ownerType !== 'office');
  // A figure of the kind asked for (`소요예산`, `총사업비`) beats a closer name of another kind.
  const ofKind = all.filter((r) => r.score >= MIN_MATCH && isWanted(r.fact));
  const ranked = ofKind.length ? ofKind : all;
  const top = ranked[0];
  if (!top || top.score < MIN_MATCH) return null;
  // `국비 얼마`: a part the report does not give for the program is not answered with its total.
  const part = kb.lexicon.intent('budget').cue('part').find(q.text);
  if (part && !kb.budgets.some((f) => sameProgram(f, top.fact) && namesPart(f, part))) {
    return notFound(kb, q, 'budget', MESSAGES.noPart(shortTitle(top.fact.owner), part));
  }
  const tied = tiedPrograms(kb, ranked, (f) => f.owner);
  if (tied.length) return ambiguous(q, 'budget', tied.map((t) => ({ title: t.title, question: `${t.context} ${t.fact.owner} ${t.fact.kind}`.trim() })));
  // `… 예산 총액`, `총 예산`: the program's own figure, not a row of its table (`서울형 팁스 2,300백만원`).
  const asksWhole = kb.lexicon.intent('aggregate').cue('whole').test(q.text);
  const own = asksWhole && top.fact.ownerType !== 'program' ? all.find((r) => r.score >= MIN_MATCH && r.fact.ownerType === 'program' && r.fact.programId === top.fact.programId) : undefined;
  const contenders = own ? [own.fact] : ranked.filter((r) => r.score >= top.score - 0.001).map((r) => r.fact);
  const wholes = contenders.filter((f) => f.partOf === null);
  const pool = contenders.filter(isWanted).length ? contenders.filter(isWanted) : wholes.length ? wholes : contenders;
  const main = pool.sort((a, b) => a.source.line - b.source.line)[0]!;
  const parts = kb.budgets.filter((f) => f.partOf === main.id);
  // A part asked for (`리모델링비`) is shown with the whole it is part of.
  const whole = main.partOf ? kb.budgets.find((f) => f.id === main.partOf) : undefined;
  const siblings = [...(whole ? [whole] : []), ...wholes.filter((f) => f !== main && f !== whole && f.owner === main.owner)].slice(0, 2);
  const label = main.label ? `${main.kind}(${main.label})` : main.kind;
  // A cap per unit (`과제당 최대`) reads as the report writes it: `사업예산: 과제당 최대 4억원`.
  const perUnit = main.label !== null && kb.lexicon.intent('budget').cue('perUnitLine').test(main.label);
  return answerOf(q, 'budget', {
    headline: perUnit ? `${main.owner}의 ${main.kind}: ${main.label} ${describeAmount(main)}` : `${main.owner}의 ${label}: ${describeAmount(main)}`,
    details: [
      ...(parts.length ? [`${isBreakdown(main, parts) ? '내역' : '참고'}: ${parts.map((p) => `${p.label ?? p.kind} ${p.raw}`).join(', ')}`] : []),
      ...siblings.map((f) => `${f.kind}: ${describeAmount(f)}`),
    ],
    subject: main.owner,
    fields: [{ label, value: describeAmount(main) }, ...parts.map((p) => ({ label: p.label ?? p.kind, value: describeAmount(p) }))],
    citations: [citationOf(main.source), ...siblings.map((f) => citationOf(f.source))],
  });
}

/** Whether two figures belong to the same program or facility. */
function sameProgram(a: BudgetFact, b: BudgetFact): boolean {
  return a.owner === b.owner || (a.programId !== null && a.programId === b.programId);
}

/** Whether a figure is the part asked for: labelled `국비` (or `국` in `국 55억원`), or of that kind. */
function namesPart(f: BudgetFact, part: string): boolean {
  return f.label === part || f.label === part.slice(0, -1) || f.kind.includes(part) || (f.label ?? '').startsWith(part);
}

/** Whether the figures in parentheses add up to the whole (a breakdown) or are side notes (`과제당 최대 4억원`). */
function isBreakdown(whole: BudgetFact, parts: BudgetFact[]): boolean {
  const sum = parts.reduce((total, p) => total + (p.amountWon ?? 0), 0);
  return whole.amountWon !== null && Math.abs(sum - whole.amountWon) <= whole.amountWon * 0.01;
}
