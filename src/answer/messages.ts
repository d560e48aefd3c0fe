import { hasFinalConsonant, particleFor } from '../text/grammar';

/** 은 or 는 after a value, a last digit read aloud (`6,434명은`, `2는`). */
const topicParticle = (value: string) => (/\d$/.test(value) ? (/[2459]$/.test(value) ? '는' : '은') : particleFor(value, '은'));

/**
 * The fixed Korean texts of answers (not-found, ambiguity, citations), kept apart from the
 * matching code so wording can change without touching how questions are read.
 */
export const MESSAGES = {
  notFound: '보고서에서 찾을 수 없습니다',
  nothingAbout: (topic: string) => `${topic || '이 질문'}에 대한 내용이 없습니다`,
  /** What a question was set against, when the report lacks it: `부산 사관학교: 보고서에서 찾을 수 없습니다`. */
  comparedMissing: (other: string) => `${other}: 보고서에서 찾을 수 없습니다`,
  emptyQuestion: '질문이 비어 있습니다',
  /** A part of a budget (국비, 시비) the report does not give for the program. */
  noPart: (owner: string, part: string) => `보고서에 ${owner}의 ${part} 내역이 없습니다`,
  askSomething: '질문을 입력해 주세요. 예: 청년취업사관학교 개관 언제야?',
  whichProgram: '어느 사업을 말씀하시는지 골라 주세요.',
  nearPrograms: (titles: string[]) => `가까운 사업: ${titles.join(', ')}`,
  sourceLabel: '출처:',
  source: (section: string, title: string, line: number, report?: string) => `${MESSAGES.sourceLabel} ${report ? `${report} ` : ''}${section} ${title} (${line}행)`,
  /** A date as the report writes it: `[원문 '22.11월]`. */
  asWritten: (raw: string) => `[원문 ${raw}]`,
  /** How a follow-up names the report its conversation is about (`… 2021년 9월 보고서`). */
  reportWord: '보고서',
  /** A program only an older report has: the answer says which. */
  onlyInOlder: (report: string) => `(최신 보고서에는 없는 사업으로, ${report} 기준입니다)`,
  /** A fact the newest report of a program leaves out, answered from an older one. */
  factOnlyInOlder: (report: string) => `(최신 보고서에는 없는 내용으로, ${report} 기준입니다)`,
  /** A question naming a report that is not loaded. */
  noSuchReport: (asked: string, loaded: string[]) => `${asked} 보고서는 불러온 보고서에 없습니다. 불러온 보고서: ${loaded.join(', ')}`,
  /** Several reports fit the one named. */
  whichReport: '어느 보고서를 말씀하시는지 골라 주세요.',
  /** A program that one report alone has, asked what changed. */
  nothingToCompare: (program: string, report: string) => `${program}은(는) ${report}에만 있어 비교할 보고서가 없습니다`,
  /** A program the newest report of its office no longer has. */
  droppedProgram: (program: string, had: string, newest: string) => `${program}: ${had}에는 있었지만 ${newest}에서는 빠졌습니다`,
  /** Two reports, nothing changed in the program. */
  noChanges: (program: string) => `${program}: 두 보고서 사이에 바뀐 예산·일정이 없습니다`,
  /** A calendar list's lead: `2022년 11월 개관 일정 3건`. */
  calendarHeadline: (period: string, event: string, count: number) => `${period}${event ? ` ${event}` : ''} 일정 ${count}건`,
  /** Nothing dated in the period asked. */
  nothingInPeriod: (period: string, event: string) => `${period}${event ? ` ${event}` : ''} 일정이 없습니다`,
  /** What a list leaves out: `외 4건`. */
  more: (count: number) => `외 ${count}건`,
  /** The top (or bottom) item of a series: `안심일자리 — 참여인원이 가장 많은 것: 그린환경 3,561 (56.1%)`. */
  ranked: (owner: string, name: string, least: boolean, item: string, shown: string) => `${owner} — ${name} ${least ? '가장 적은(작은)' : '가장 많은(큰)'} 것: ${item} ${shown}`,
  /** A series' sum: the report's own total, or one added up from its items. */
  summed: (owner: string, name: string, value: string, own: boolean, count: number) => `${owner} — ${name} 합계: ${value}${own ? ' (보고서의 합계)' : ` (${count}개 항목을 더한 값)`}`,
  /** Where a compared series comes from: the table, the column (or row) and the unit. */
  seriesSource: (table: string, name: string, unit: string) => `표: ${table} · 항목: ${name} · 단위: ${unit || '표기 없음'}`,
  /** A table without a title, named by its block and first row. */
  tableIn: (block: string, line: number) => `${block}의 표 (${line}행)`,
  /** Areas compared across a program's facilities. */
  areaSource: (program: string, count: number) => `${program} 시설 ${count}곳의 면적 (단위: ㎡)`,
  /** The rows of a table, by name: `… — 조성분야(6개 분야) 및 투자대상: 4차산업혁명, 스마트시티, …`. */
  tableList: (owner: string, caption: string, labels: string[], total: number) =>
    `${owner} — ${caption}: ${labels.join(', ')}${total > labels.length ? ` 외 ${total - labels.length}건` : ''}`,
  /** The unit a table states for its figures. */
  unit: (unit: string) => ` (단위: ${unit})`,
  /** Whether the report's figure is the one a question stated to have it checked. */
  statedCheck: (value: string, same: boolean) => `(말씀하신 “${value}”${topicParticle(value)} 보고서와 ${same ? '같습니다' : '다릅니다'})`,
  /** How a word of the question was read when it was not the report's (`'예싼' → '예산'`). */
  readAs: (pairs: { typed: string; read: string }[]) => {
    const last = pairs[pairs.length - 1]!.read;
    // 으로 after a final consonant other than ㄹ, 로 otherwise (`예산으로`, `위치로`, `서울로`).
    const final = hasFinalConsonant(last.slice(-1)) && (last.charCodeAt(last.length - 1) - 0xac00) % 28 !== 8;
    return `(${pairs.map((p) => `'${p.typed}' → '${p.read}'`).join(', ')}${final ? '으로' : '로'} 읽었습니다)`;
  },
} as const;
