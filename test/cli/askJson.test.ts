import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function ask(args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { cwd: root }, (error, stdout) =>
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

  it('reads relative dates against --as-of, and refuses a day that does not exist', async () => {
    const question = '다음달 싱가포르 가는 행사 이름이 뭐였더라\n';
    const october = JSON.parse(await ask(['--as-of', '2022-10-01', '--json'], question));
    expect(october.answer).toContain('싱가포르 핀테크 페스티벌'); // `'22. 11월` (line 833)
    const december = JSON.parse(await ask(['--as-of=2022-12-01', '--json'], question));
    expect(december.found).toBe(false);
    await expect(ask(['--as-of', '2022-02-30', '질문'], '')).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
