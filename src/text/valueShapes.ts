import { mentionsDate } from '../dates/mentionsDate';
import { ALIKE_COUNTERS, COUNTERS } from './grammar';
/**
 * The shapes values take in the report's lines: a count with its counter (`350명`, `7개소`), a
 * percentage, an age, an address or area, a list of names. A passage answers a question asking
 * for one only when its line has that shape.
 */

/** A count with its counter: `350명`, `1만여 명`; one pattern per counter, compiled with the module. */
const countPattern = (counter: string) => new RegExp(`\\d\\s*(?:만\\s*)?여?\\s*(?:${[counter, ...(ALIKE_COUNTERS[counter] ?? [])].join('|')})`);
const COUNT_PATTERNS = new Map(COUNTERS.map((counter) => [counter, countPattern(counter)]));

/** Whether a line states a count with that counter (`350명`, `7개소`). */
export function statesCount(line: string, counter: string): boolean {
  return (COUNT_PATTERNS.get(counter) ?? countPattern(counter)).test(line) || isTableRowWithNumber(line);
}

/** A count of places (`7개소`). */
export function countsPlaces(line: string): boolean {
  return /\d+\s*개소/.test(line);
}

/**
 * How many things a line says there are without naming them all (`권역별 운영, 3개소` → 3): a count
 * with 개/개소/개사/곳 larger than the names the line lists; null when it names them or states no count.
 *
 * @example
 * unlistedCount('지역 의류제조업체 경쟁력 강화 지원(권역별 운영, 3개소)'); // 3
 */
export function unlistedCount(line: string): number | null {
  const count = Number(/(\d+)\s*(?:개소|개사|개|곳)/.exec(line)?.[1] ?? NaN);
  return count >= 2 && count <= 20 && listItems(line) < count ? count : null;
}

/** How many items a line separates with commas (`동북권('09.11), 서북권('18.8), 남부권` → 3); middle dots join words too often to count. */
export function commaItems(line: string): number {
  return (line.match(/[,、]/g) ?? []).length + 1;
}

/** Nouns counted with 개 on a line (`3개 기술교육원` → `기술교육원`). */
export function countedNouns(line: string): string[] {
  return [...line.matchAll(/\d+\s*개\s+([가-힣]{2,})/g)].map((m) => m[1]!);
}

/** What a question counts with 몇 개 (`몇개 쇼야` → `쇼`), particles and copula off; null when it names nothing after. */
export function countedThing(question: string): string | null {
  const m = question.match(/몇\s*개\s*([가-힣]+)/);
  if (!m) return null;
  const word = m[1]!.replace(/(?:이에요|예요|이야|인가요|인가|야|는|가|를|은|이)$/, '');
  return word && !/^(?:소|사|월|년)/.test(m[1]!) ? word : null;
}

/**
 * The short noun counted just before `몇 개` when nothing follows it (`신진디자이너 쇼 몇 개야` → `쇼`),
 * or null (a long word there is what is asked about, not what is counted).
 *
 * @example
 * countedBefore('추계 패션위크 신진디자이너 쇼 몇 개야'); // '쇼'
 * countedBefore('청년취업사관학교 몇 개야');               // null
 */
export function countedBefore(question: string): string | null {
  const m = /(?:^|\s)([가-힣]{1,2})\s*몇\s*개\s*(?:야|예요|에요|임|인가요|인지)?\s*\??\s*$/.exec(question);
  return m ? m[1]! : null;
}

/** A line that gives an address (`마른내로 38`) or an area (`㎡`). */
export function mentionsAddress(line: string): boolean {
  return statesStreetAddress(line) || line.includes('㎡');
}

/** A line that gives a street address (`마른내로 38`, `회기로 117-3`), not only an area. */
export function statesStreetAddress(line: string): boolean {
  return /[가-힣]+(?:구|동|로|길)\s*\d/.test(line);
}

/** A line stating a count: a number with a counter (`350명`, `7개소`, `584건`, `6만여명`), or a table row with a number. */
export function statesAnyCount(line: string): boolean {
  return /\d[\d,.]*\s*(?:만\s*)?여?\s*(?:명|개사|개소|개|건|곳|회|팀|층|실|종|편|호|가구)/.test(line) || isTableRowWithNumber(line);
}

/** A table row (cells split by tabs) with a cell that is a number: its counter is in the header. */
function isTableRowWithNumber(line: string): boolean {
  return line.includes('\t') && line.split('\t').some((cell) => /^\s*\d[\d,.]*\s*$/.test(cell));
}

/** A line stating a percentage, or figures in percent (`실업률(7월,%) : (21) 4.5 → (22) 3.3`). */
export function statesPercent(line: string): boolean {
  return /\d\s*%/.test(line) || /[(,]\s*%\s*\)[^\d]*\d/.test(line);
}

/** A line stating an age (`만 18세~34세`, `15세 이상`, `20 ~ 30대`). */
export function statesAge(line: string): boolean {
  return /\d\s*세|\d0\s*대/.test(line);
}

/** A line listing several names: separated by commas or middle dots. */
export function listsNames(line: string): boolean {
  return /[,、]/.test(line) || (line.match(/·/g) ?? []).length >= 2 || line.split('\t').filter((cell) => cell.trim()).length >= 3;
}

/** How many names a line lists: its commas and middle dots, plus one. */
export function listItems(line: string): number {
  return (line.match(/[,、·]/g) ?? []).length + 1;
}

/**
 * A line naming a place or an organisation: an address, a company (`(주)인크루트`), or a list of names,
 * but not a task with its date, whatever it lists (`시네마테크 명칭, 위탁기관 공모 및 선정 : ~'23. 10.`).
 */
export function namesPlace(line: string): boolean {
  // `고용정책기본법 제6조 및 제34조, 서울특별시 … 조례 제6조`: a list of laws' articles names no place.
  return mentionsAddress(line) || namesCompany(line) || (listsNames(line) && !mentionsDate(line.split(' : ').at(-1) ?? '') && !/제\d+조/.test(line));
}

/** A line stating a time of day (`10:00`, `오전 10시`, `14시~18시`), not a count of hours (`6시간`). */
export function statesHour(line: string): boolean {
  return /\d{1,2}:\d{2}|\d{1,2}\s*시(?!간|즌|설|행|민|장|청|범|비|도|립|스|작)/.test(line);
}

/**
 * A line naming an organisation: a company (`(주)인크루트`), a foundation, an association, a
 * university, an agency or a fund (`신용보증기금`), by the word its name ends in.
 */
export function namesOrganisation(line: string): boolean {
  // The word ends a name (`서울디자인재단`, `신용보증기금과`), not a sentence or another word (`디자인에서
  // 재단까지`, `자동재단실`: cutting).
  // A line labelled with who runs it (`수탁기관 : 공동수급(디쓰리디, …)`) names them.
  // A task with its date (`민간위탁 운영평가위원회 심의 및 의회 동의 : ~'23. 8.`) names when, not who.
  if (!namesCompany(line) && mentionsDate(line.split(' : ').at(-1) ?? '') && line.includes(' : ')) return false;
  return namesCompany(line) || /(?:수탁|위탁|운영|수행|주관)\s?(?:기관|법인|업체|대학)\s*[:：]|\((?:재|사)\)|[가-힣](?:재단|협회|대학교|대학(?!원)|진흥원|공단|연구원|연구소|은행|본부|조합|컨소시엄|법인|기금|위원회|병원)(?![가-힣])|[가-힣](?:재단|협회|진흥원|공단|은행|본부|기금|위원회)[이가은는을를과와의에로]/.test(line);
}

/** A table row whose label gives a unit of won (`매출액(백만원)\t309,532\t…`) and a number under it. */
export function statesMoneyColumn(line: string): boolean {
  return /\([십백천만억조]+원\)/.test(line) && /\d/.test(line);
}

/** A line naming a company (`(주)인크루트`, `㈜…`). */
export function namesCompany(line: string): boolean {
  return /\(주\)|㈜/.test(line);
}

/** A line stating a sum of money in won (`2백만원`, `10,770원`, `1조 4천억원`), not an area (`300만㎡`). */
export function statesMoney(line: string): boolean {
  return /\d[\d,.]*\s*(?:[십백천만억조]\s*)*원/.test(line);
}

/**
 * Whether a line gives a way to reach someone or something: a web address, a phone number or an
 * e-mail address (`www.…`, `02-120`, `…@seoul.go.kr`).
 *
 * @example
 * statesContact('문의 : 02-2133-5000'); // true
 * statesContact('사전등록 중'); // false
 */
export function statesContact(line: string): boolean {
  return /https?:\/\/|www\.|\b[\w.-]+\.(?:kr|com|org|net)\b|\b\d{2,4}-\d{3,4}-\d{4}\b|\b1[0-9]{3}-\d{4}\b|[\w.-]+@[\w-]+\./i.test(line);
}
