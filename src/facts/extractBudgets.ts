import type { BudgetFact } from '../model/budgetFact';
import { findAmounts, type FoundAmount, toNumber, unitToWon } from '../money/findAmounts';
import { type FactContext, sourceOf } from './FactContext';
import { subjectOf } from './subjectOf';

/** `key :` labels that introduce a budget figure, and the kind each names. */
const BUDGET_KEY = /(소요\s*예산|사업\s*예산|'(\d{2})년\s*예산|총사업비|사업규모|조성규모|조성금액|(?<![가-힣])예산)\s*(?::|(?=\s*\d))/g;

/**
 * Every budget line in the programs: `소요예산 : 20,255백만원`, `'22년 예산 : 43억원(창업복지센터 7, …)`,
 * `총사업비 : 35,369백만원('22년 14,169백만원)`, `… / 총사업비 154억원(국 55억, …)`. The first amount
 * after the label is the figure; amounts in the parentheses (or after `※`) that follow it are its
 * parts, and bare numbers there borrow its unit.
 */
export function extractBudgets(context: FactContext): BudgetFact[] {
  const facts: BudgetFact[] = [];
  for (const line of context.lines) {
    if (!context.ownerOf(line.n).label.includes('-')) continue; // the front-matter tables have their own extractor
    for (const m of line.norm.matchAll(BUDGET_KEY)) {
      const after = line.norm.slice(m.index! + m[0].length);
      const segment = after.split(BUDGET_KEY)[0]!;
      const amounts = findAmounts(segment);
      const main = amounts[0];
      if (!main) continue;
      const kind = kindOf(m[1]!);
      const yearText = m[2] ?? segment.slice(0, main.index).match(/'(\d{2})년/)?.[1];
      const subject = subjectOf(context, line.n);
      const whole = fact(context, line.n, facts.length, kind, main, subject, yearText ? 2000 + Number(yearText) : null, null, null);
      facts.push(whole);
      facts.push(...partsOf(context, line.n, segment.slice(main.index + main.raw.length), whole, facts.length));
    }
  }
  return facts;
}

function kindOf(label: string): string {
  const compact = label.replace(/\s+/g, '');
  if (/^'\d{2}년예산$/.test(compact)) return compact.replace('년예산', '년 예산');
  return compact;
}

/** `(종합형 31,062/단위형 7,368)`, `(국비 161, 시비 26,321)`, `※ 조성비(1,050백만원), 운영비 및 임차료(900백만원)`. */
function partsOf(context: FactContext, line: number, rest: string, whole: BudgetFact, start: number): BudgetFact[] {
  const inner = rest.match(/^\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/)?.[1] ?? rest.match(/^\s*※\s*(.+)$/)?.[1];
  if (!inner) return [];
  const perUnit = unitToWon(whole.unit) ?? 1;
  const parts: BudgetFact[] = [];
  for (const piece of inner.split(/\s*(?:,(?!\d{3})|\/)\s*(?![^()]*\))/)) {
    const labelled = piece.match(/^(.*?)\s*\(?\s*(\d[\d,]*(?:\.\d+)?)\s*([천백십]?[조억만]?\s*원?)\)?\s*$/);
    if (!labelled || labelled[1]!.trim() === '') continue;
    const label = labelled[1]!.replace(/[()]/g, '').trim();
    const written: FoundAmount | undefined = findAmounts(piece)[0];
    const amount: FoundAmount = written ?? {
      raw: `${labelled[2]}${whole.unit}`,
      won: Math.round(toNumber(labelled[2]!) * perUnit),
      unit: whole.unit,
      index: 0,
    };
    const year = label.match(/^'(\d{2})년$/);
    const kind = year ? `'${year[1]}년 예산` : whole.kind;
    parts.push(fact(context, line, start + parts.length, kind, amount, { name: whole.owner, isFacility: whole.ownerType === 'facility' }, year ? 2000 + Number(year[1]) : whole.year, whole.id, year ? null : label));
  }
  return parts;
}

function fact(
  context: FactContext,
  line: number,
  seq: number,
  kind: string,
  amount: FoundAmount,
  subject: { name: string; isFacility: boolean },
  year: number | null,
  partOf: string | null,
  label: string | null,
): BudgetFact {
  const source = sourceOf(context, line);
  return {
    id: `budget:${context.docId}:${line}:${seq}`,
    kind,
    amountWon: amount.won,
    percent: null,
    raw: amount.raw,
    unit: amount.unit,
    owner: subject.name,
    ownerType: subject.isFacility ? 'facility' : 'program',
    programId: context.ownerOf(line).programId,
    year,
    partOf,
    label,
    source,
  };
}
