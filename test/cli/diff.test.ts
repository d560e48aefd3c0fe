import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multiCorpus } from '../helpers/multiCorpus';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

function diff(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['dist/cli/diff.js', ...args], { cwd: root, env: { ...process.env, ECON_CORPUS_DIR: dir } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = await multiCorpus();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run diff', () => {
  it('compares two reports program by program, with added and dropped programs', async () => {
    const { code, stdout } = await diff(['seoul-econ-2022-09', 'seoul-econ-2023-03']);
    expect(code).toBe(0);
    expect(stdout).toContain('새 사업: 서울 핀테크 실증 스테이션 조성');
    expect(stdout).toContain('소요예산: 20,255백만원 → 27,480백만원 (+7,225백만원, 약 72.3억원, +35.7%)');
    expect(stdout).toContain('일정 변경: 강서 개관 2022년 11월 → 2023년 3월');
  }, 30_000);

  it('narrows to one program, and takes file names as well as ids', async () => {
    const { stdout } = await diff(['seoul-economic-policy-office-2021-09.txt', 'seoul-econ-2022-09', '--program', '서울형 강소기업']);
    expect(stdout).toContain('소요예산: 3,150백만원 → 3,892백만원');
    expect(stdout).not.toContain('청년취업사관학교');
  }, 30_000);

  it('names a report it does not know and exits 2', async () => {
    const { code, stderr } = await diff(['seoul-econ-2019-09', 'seoul-econ-2022-09']);
    expect(code).toBe(2);
    expect(stderr).toContain('없는 보고서: seoul-econ-2019-09');
  }, 30_000);
});
