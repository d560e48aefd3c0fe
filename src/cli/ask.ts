import { answerQuestion } from '../answer/answerQuestion';
import { loadConfig } from '../config/loadConfig';
import { calendarDateIn, isIsoDate } from '../digest/calendarDays';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { answerToText } from '../render/answerToText';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { corpusDirFromEnv } from './corpusDir';
import { readLines } from './readLines';

const USAGE = `사용법: npm run ask -- [--as-of YYYY-MM-DD] [--json] "청년취업사관학교 개관 언제야?"
  --as-of   "오늘"로 볼 날짜: 다음 달·이번 주·올해 남은 일정과 완료/계획을 이 날 기준으로 (기본: 오늘, ECON_TIMEZONE 기준)
  --json    표준입력의 질문을 한 줄에 하나씩 읽어 JSON 한 줄씩 출력`;

/** The options `ask` understands; anything else, even `-5%`, is part of the question. */
function readArgs(args: string[]): { json: boolean; asOf: string | null; words: string[] } {
  const words: string[] = [];
  let json = false;
  let asOf: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--as-of') asOf = args[++i] ?? '';
    else if (arg.startsWith('--as-of=')) asOf = arg.slice('--as-of='.length);
    else if (arg !== '--') words.push(arg);
  }
  return { json, asOf, words };
}

/**
 * `npm run ask -- "질문"` prints the answer for a person; `npm run --silent ask -- --json` reads
 * questions from stdin, one per line (split on `\n` only: CRLF is fine, a lone `\r` is not a line
 * break), and writes one JSON object per line in the same order:
 * `{question, intent, found, answer, citations: [{section, title, line}]}` (a stable contract).
 * `--as-of YYYY-MM-DD` sets the day relative words are read against (default: today).
 */
async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  const { json, asOf: given, words } = readArgs(process.argv.slice(2));
  if (given !== null && !isIsoDate(given)) {
    console.error(`날짜 형식이 올바르지 않습니다: "${given}" (YYYY-MM-DD, 예: 2022-10-31)\n${USAGE}`);
    process.exit(2);
  }
  const asOf = given ?? calendarDateIn(new Date(), loadConfig().digest.timezone);
  const kb = await loadKnowledge(corpusDirFromEnv());
  if (json) {
    const questions = words.length ? [words.join(' ')] : readLines(process.stdin);
    for await (const question of questions) {
      const a = answerQuestion(kb, question, { asOf });
      process.stdout.write(`${JSON.stringify({ question, intent: a.intent, found: a.found, answer: a.text, citations: a.citations.map(({ section, title, line, report }) => ({ section, title, line, ...(report ? { report } : {}) })) })}\n`);
    }
    return;
  }
  const question = words.join(' ');
  if (!question.trim()) {
    console.error(USAGE);
    process.exit(2);
  }
  console.log(answerToText(answerQuestion(kb, question, { asOf })));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
