import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function ask(args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--enable-source-maps', 'dist/cli/ask.js', ...args], { cwd: root }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(input);
  });
}

describe('npm run ask -- --json', () => {
  it('answers stdin questions one JSON object per line, in order, with the stable fields', async () => {
    const questions = ['캠퍼스타운 예산 얼마', '화성 탐사 로켓 예산', '서울큐브 언제 열어?'];
    const lines = (await ask(['--json'], `${questions.join('\n')}\n`)).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(questions);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['answer', 'citations', 'found', 'intent', 'question']);
      expect(line.answer).not.toMatch(/[*_`]|<[^>]*>/);
    }
    expect(lines[0]).toMatchObject({ intent: 'budget', found: true });
    expect(lines[0].citations[0]).toEqual({ section: 'IV-2-③', title: expect.stringContaining('사업개요'), line: expect.any(Number) });
    expect(lines[1].found).toBe(false);
  }, 30_000);
});
