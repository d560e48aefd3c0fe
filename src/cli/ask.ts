import { answerQuestion } from '../answer/answerQuestion';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { answerToText } from '../render/answerToText';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { corpusDirFromEnv } from './corpusDir';
import { readLines } from './readLines';

/**
 * `npm run ask -- "질문"` prints the answer for a person; `npm run --silent ask -- --json` reads
 * questions from stdin, one per line (split on `\n` only: CRLF is fine, a lone `\r` is not a line
 * break), and writes one JSON object per line in the same order:
 * `{question, intent, found, answer, citations: [{section, title, line}]}` (a stable contract).
 */
async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  // Only `--json` is an option: anything else, even `-5%`, is part of the question.
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const positionals = args.filter((a) => a !== '--json' && a !== '--');
  const kb = await loadKnowledge(corpusDirFromEnv());
  if (json) {
    const questions = positionals.length ? [positionals.join(' ')] : readLines(process.stdin);
    for await (const question of questions) {
      const a = answerQuestion(kb, question);
      process.stdout.write(`${JSON.stringify({ question, intent: a.intent, found: a.found, answer: a.text, citations: a.citations })}\n`);
    }
    return;
  }
  const question = positionals.join(' ');
  if (!question.trim()) {
    console.error('사용법: npm run ask -- "청년취업사관학교 개관 언제야?"');
    process.exit(2);
  }
  console.log(answerToText(answerQuestion(kb, question)));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
