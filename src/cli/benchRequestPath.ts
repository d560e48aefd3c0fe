import { timed } from './timing';
import { answerQuestion } from '../answer/answerQuestion';
import type { Knowledge } from '../knowledge/Knowledge';
import { cleanCommandText } from '../slack/commands/cleanCommandText';
import { parseEconText } from '../slack/commands/parseEconText';

/** Text shapes that used to be slow: plain Korean, unclosed mention markup, unclosed links. */
const SHAPES: ReadonlyArray<{ name: string; unit: string }> = [
  { name: 'Korean words', unit: '청년취업사관학교 예산 ' },
  { name: 'unclosed <@', unit: '<@' },
  { name: 'unclosed <http://', unit: '<http://a ' },
];
const LENGTHS = [1_000, 10_000, 100_000] as const;

/**
 * Times the `/econ` request path on long text (1k, 10k, 100k characters): `parseEconText` as the
 * bot runs it (raw length check first), and, without that guard, `cleanCommandText` and the core's
 * `answerQuestion` on the whole text. Each figure is the median of 5 runs; a quadratic step would
 * show as ~100× per 10× length.
 */
export function benchRequestPath(kb: Knowledge): string[] {
  const lines: string[] = [];
  for (const { name, unit } of SHAPES) {
    const row = (label: string, run: (text: string) => unknown) => {
      const times = LENGTHS.map((n) => medianMs(() => run(unit.repeat(Math.ceil(n / unit.length)).slice(0, n))));
      lines.push(`  ${name.padEnd(18)} ${label.padEnd(28)} ${times.map((t, i) => `${LENGTHS[i]! / 1000}k ${t.toFixed(2)} ms`).join(', ')}`);
    };
    row('parse (as the bot runs it)', parseEconText);
    row('clean, unguarded', cleanCommandText);
    row('clean + answer, unguarded', (text) => answerQuestion(kb, cleanCommandText(text)));
  }
  return lines;
}

function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(timed(run));
  return times.sort((a, b) => a - b)[2]!;
}
