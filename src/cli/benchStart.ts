import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { projectRoot, evalSetsDir } from '../config/paths';
import { readEvalCases } from '../eval/runEval';
import { median, percentile } from './percentile';
import { BenchSlack, cpuMs, freePort, rssMb, signedCommand, start, stop, until200 } from './benchProcess';

/** The flags `npm start` runs node with; every figure here uses them, `node -e 0` included. */
const NODE_FLAGS = ['--enable-source-maps'];
const MAIN = path.join(projectRoot, 'dist', 'main.js');
const SECRET = 'bench-signing-secret-0123456789';
const RUNS = 11;

/**
 * `npm run bench:start`: start-up time and memory of the compiled bot against `node -e 0` on the same
 * machine with the same flags: spawn → `/healthz` 200 (HTTP mode), spawn → first answer on stdout
 * (terminal mode), the same through `npm start`, and RSS after answering 1,000 signed `/econ` commands.
 */
async function main(): Promise<void> {
  const stateDir = await mkdtemp(path.join(tmpdir(), 'econ-bench-start-'));
  const slack = await new BenchSlack().start();
  const http = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, ECON_STATE_DIR: stateDir, ECON_LOG_LEVEL: 'warn' };
  try {
    const base = await repeat(RUNS, async () => ({ ms: nodeBaseline(), cpu: null }));
    const healthz = await repeat(RUNS, () => toHealthz([process.execPath, ...NODE_FLAGS, MAIN], http));
    const answer = await repeat(RUNS, () => toFirstAnswer({ ECON_STATE_DIR: stateDir }));
    const npm = await repeat(5, () => toHealthz(['npm', 'start', '--silent'], http));
    const load = await answerThousand(http, slack);

    const b = median(base.map((r) => r.ms));
    const row = (label: string, runs: Array<{ ms: number; cpu: number | null }>, limitMs: number | null, limitX: number) => {
      const ms = median(runs.map((r) => r.ms));
      const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
      const cpu = cpus.length ? `, CPU ${median(cpus).toFixed(0)} ms` : '';
      const ok = (limitMs === null || ms <= limitMs) && ms <= limitX * b;
      console.log(`${label.padEnd(38)} median ${ms.toFixed(0)} ms (min ${Math.min(...runs.map((r) => r.ms)).toFixed(0)}${cpu}) = ${(ms / b).toFixed(1)}× node -e 0  ${ok ? 'ok' : 'MISSED'} (≤ ${limitMs === null ? '' : `${limitMs} ms and `}${limitX}×)`);
    };
    console.log(`node ${NODE_FLAGS.join(' ')} -e 0: median ${b.toFixed(0)} ms (min ${Math.min(...base.map((r) => r.ms)).toFixed(0)}) over ${RUNS} runs`);
    row('node dist/main.js → /healthz 200', healthz, 300, 6);
    row('node dist/main.js → first answer', answer, 300, 6);
    row('npm start → /healthz 200', npm, null, 10);
    console.log(
      `1,000 /econ commands: answer (request → response_url) median ${load.median.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms; ` +
        `RSS after ${load.rss.toFixed(0)} MB (peak ${load.peak.toFixed(0)} MB)  ${load.rss <= 100 ? 'ok' : 'MISSED'} (≤ 100 MB)`,
    );
  } finally {
    await slack.stop();
    await rm(stateDir, { recursive: true, force: true });
  }
}

function nodeBaseline(): number {
  const started = performance.now();
  spawnSync(process.execPath, [...NODE_FLAGS, '-e', '0']);
  return performance.now() - started;
}

/** Spawn → first `200` from `/healthz`; also the CPU time the bot used until then. */
async function toHealthz([command, ...args]: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; cpu: number | null }> {
  const port = await freePort();
  const started = performance.now();
  const child = start(command!, args, { ...env, PORT: String(port) });
  await until200(`http://127.0.0.1:${port}/healthz`);
  const ms = performance.now() - started;
  const cpu = command === process.execPath ? cpuMs(child.pid) : null;
  await stop(child);
  return { ms, cpu };
}

/** Spawn in terminal mode with a question piped in → the first answer on stdout. */
async function toFirstAnswer(env: NodeJS.ProcessEnv): Promise<{ ms: number; cpu: number | null }> {
  const started = performance.now();
  const child = start(process.execPath, [...NODE_FLAGS, MAIN], env, 'pipe');
  child.stdin!.end('청년취업사관학교 예산\n');
  let cpu: number | null = null;
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => {
      cpu = cpuMs(child.pid);
      resolve();
    });
    child.once('exit', () => reject(new Error('terminal session ended without answering')));
  });
  const ms = performance.now() - started;
  await stop(child);
  return { ms, cpu };
}

/** Sends 1,000 eval questions as signed `/econ` commands (8 at a time) and reads the bot's RSS after. */
async function answerThousand(env: NodeJS.ProcessEnv, slack: BenchSlack): Promise<{ median: number; p99: number; rss: number; peak: number }> {
  const sets = await Promise.all(['questions', 'holdout', 'fresh'].map((set) => readEvalCases(path.join(evalSetsDir, `${set}.jsonl`))));
  const questions = sets.flat().map((c) => c.q);
  const port = await freePort();
  const child = start(process.execPath, [...NODE_FLAGS, MAIN], { ...env, PORT: String(port) });
  await until200(`http://127.0.0.1:${port}/healthz`);
  const sentAt = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < 1000) {
      const id = `q${next}`;
      const { body, headers } = signedCommand(SECRET, questions[next++ % questions.length]!, slack.responseUrl(id));
      sentAt.set(id, performance.now());
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
      if (res.status !== 200) throw new Error(`/econ answered HTTP ${res.status}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await slack.waitForAnswers(1000);
  const memory = rssMb(child.pid) ?? { rss: NaN, peak: NaN };
  await stop(child);
  const latencies = [...sentAt].map(([id, at]) => slack.answeredAt.get(id)! - at);
  return { median: median(latencies), p99: percentile(latencies, 0.99), ...memory };
}

async function repeat<T>(runs: number, once: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  return results;
}



main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
