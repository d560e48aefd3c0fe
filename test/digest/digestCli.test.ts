import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run digest -- …` as the README does (compiled dist/, built by the globalSetup; no Slack variables). */
async function digestCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ECON_TIMEZONE: 'Asia/Seoul' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--enable-source-maps', 'dist/cli/digest.js', ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run digest', () => {
  it('prints the digest for --as-of 2022-10-31 from the real report', async () => {
    const { code, stdout } = await digestCli('--as-of', '2022-10-31');
    expect(code).toBe(0);
    expect(stdout).toContain('📅 주간 일정 다이제스트: 2022년 10월 31일 (월) ~ 11월 6일 (일)');
    expect(stdout).toMatch(/11월 3일 \(목\) ~ 11월 4일 \(금\) · D-3 {2}서울 글로벌 AI 컨퍼런스 개최/);
    expect(stdout).toMatch(/원문 '22\.11\.3\.~11\.4\./);
    // Month-precision items appear by month only.
    expect(stdout).toMatch(/• 10월 {2}UCLG WORLD 총회 참가\(대전\)/);
  }, 20_000);

  it('rejects a malformed date with a Korean message and exit code 2', async () => {
    const { code, stderr } = await digestCli('--as-of', '2022-13-45');
    expect(code).toBe(2);
    expect(stderr).toMatch(/날짜 형식이 올바르지 않습니다/);
  }, 20_000);
});
