import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { loadConfig } from '../../src/config/loadConfig';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { LOCAL_USER, runTerminalSession } from '../../src/local/runTerminalSession';
import type { BotServices } from '../../src/slack/services/BotServices';
import { createServices } from '../../src/slack/services/createServices';
import { PROJECT_CORPUS } from './helpers/testBot';

const root = fileURLToPath(new URL('../..', import.meta.url));
let stateDir: string;
let services: BotServices;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-local-'));
  const config = loadConfig({ ECON_STATE_DIR: stateDir, ECON_CORPUS_DIR: PROJECT_CORPUS });
  const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  services = await createServices({ config, core: { loadKnowledge, answerQuestion }, logger: quiet, localAdmin: LOCAL_USER });
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

/** Runs a session over the given lines (as piped input) and returns what it printed. */
async function session(lines: string[], interactive = false): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const done = runTerminalSession(services, { input, output, interactive });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return printed;
}

describe('local terminal session', () => {
  it('answers /econ commands and bare questions as text, then ends at end of input', async () => {
    const out = await session(['/econ 청년취업사관학교 예산', '일자리정책과 정원', '/econ', '/econ digest 2022-10-31']);
    expect(out).toContain('20,255백만원');
    expect(out).toMatch(/정원 29명/);
    expect(out).toContain('/econ 서울 시네마테크 위치'); // help
    expect(out).toContain('주간 일정 다이제스트: 2022년 10월 31일 (월)');
    // Plain text, no Slack markup.
    expect(out).not.toMatch(/<@|\*[^*\n]+\*|&lt;/);
  });

  it('keeps follow-up context like a thread; /new or an empty line starts over', async () => {
    const out = await session(['서울큐브 언제 열어?', '예산은?', '/new', '예산은?', '청년취업사관학교 예산', '위치는?', '', '위치는?']);
    const answers = out.split('\n\n').map((a) => a.trim()).filter((a) => a !== '' && !a.startsWith('ℹ️'));
    expect(answers[0]).toContain('2026년 5월');
    expect(answers[1]).toContain('100,781백만원');
    expect(answers[2]).not.toContain('100,781백만원');
    expect(answers[3]).toContain('20,255백만원');
    expect(answers[4]).toContain('청년취업사관학교');
    expect(answers[5]).not.toContain('청년취업사관학교 영등포');
    expect(out).toContain('처음부터 다시 시작합니다');
  });

  it('lets the person at the terminal use admin commands', async () => {
    const out = await session(['/econ reload', '/econ stats']);
    expect(out).toMatch(/코퍼스를 다시 읽어 교체했습니다/);
    expect(out).toMatch(/📊 질문 \d+건/);
  });

  it('explains bad input in Korean and stops at exit', async () => {
    const out = await session(['/ecno 예산', '/econ relaod', 'exit', '청년취업사관학교 예산']);
    expect(out).toMatch(/알 수 없는 명령입니다: \/ecno/);
    expect(out).toMatch(/알 수 없는 명령입니다: "relaod"/);
    expect(out).not.toContain('20,255');
  });

  it('shows a banner and prompt when a person is typing', async () => {
    const out = await session(['/econ help'], true);
    expect(out).toMatch(/econ-bot 로컬 모드/);
    expect(out).toContain('econ> ');
  });

  it('the compiled bot with no Slack variables reads piped lines until EOF and exits', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ECON_STATE_DIR: stateDir };
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stdin.end('/econ 청년취업사관학교 예산\n서울 시네마테크 위치\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('20,255백만원');
    expect(stdout).toContain('마른내로 38');
  }, 20_000);
});
