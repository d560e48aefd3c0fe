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

  it('reads relative dates against --as-of, and refuses a day that does not exist', async () => {
    const question = '다음달 싱가포르 가는 행사 이름이 뭐였더라\n';
    const october = JSON.parse(await ask(['--as-of', '2022-10-01', '--json'], question));
    expect(october.answer).toContain('싱가포르 핀테크 페스티벌'); // `'22. 11월` (line 833)
    const december = JSON.parse(await ask(['--as-of=2022-12-01', '--json'], question));
    expect(december.found).toBe(false);
    await expect(ask(['--as-of', '2022-02-30', '질문'], '')).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});

describe('ask --json line splitting', () => {
  it('splits on \\n only: CRLF lines lose their \\r, a lone \\r stays inside its line', async () => {
    const input = '캠퍼스타운 예산\r서울큐브 언제 열어?\n화성 탐사 로켓 예산\r\n\n마지막 질문 예산';
    const lines = (await ask(['--json'], input)).trim().split('\n').map((l) => JSON.parse(l));
    // Four lines (one blank) in, four answers out, in order.
    expect(lines.map((l) => l.question)).toEqual(['캠퍼스타운 예산\r서울큐브 언제 열어?', '화성 탐사 로켓 예산', '', '마지막 질문 예산']);
  }, 30_000);

  it('reads lines split across stream chunks', async () => {
    const { readLines } = await import('../../src/cli/readLines');
    const { Readable } = await import('node:stream');
    // Cut the bytes every 5: lines, CRLF pairs and Hangul characters (3 bytes each) all fall across chunks.
    const bytes = Buffer.from('첫 질문\r\n둘째\r셋째\n넷째');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) => bytes.subarray(i * 5, i * 5 + 5));
    const seen: string[] = [];
    for await (const line of readLines(Readable.from(chunks, { objectMode: false }))) seen.push(line);
    expect(seen).toEqual(['첫 질문', '둘째\r셋째', '넷째']);
  });
});
