import { parseArgs } from 'node:util';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { loadConfig } from '../config/loadConfig';
import { calendarDateIn, isIsoDate } from '../digest/calendarDays';
import { digestFor } from '../reports/digestFor';
import { formatDigestText } from '../digest/formatDigestText';

const USAGE = `사용법: npm run digest -- [--as-of YYYY-MM-DD] [--json]
  --as-of   기준 날짜 (기본: 오늘, ECON_TIMEZONE/TZ 기준, 기본 Asia/Seoul)
  --json    사람이 읽는 글 대신 JSON으로 출력`;

/** `npm run digest -- --as-of 2022-10-31`: prints the weekly milestone digest for any date. */
async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const asOf = args.values['as-of'] ?? calendarDateIn(new Date(), config.digest.timezone);
  if (!isIsoDate(asOf)) {
    console.error(`날짜 형식이 올바르지 않습니다: "${asOf}" (YYYY-MM-DD, 예: 2022-10-31)\n${USAGE}`);
    return 2;
  }
  const kb = await loadKnowledge(config.corpusDir);
  const digest = digestFor(kb, asOf);
  console.log(args.values.json ? JSON.stringify(digest, null, 2) : formatDigestText(digest));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
