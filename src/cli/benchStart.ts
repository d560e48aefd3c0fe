import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { projectRoot, evalSetsDir } from '../config/paths';
import { readEvalCases } from '../eval/runEval';
import { median, percentile } from './percentile';
import { BenchSlack, cpuMs, freePort, rssMb, signedCommand, start, stop, until200 } from './benchProcess';

const MAIN = path.join(projectRoot, 'dist', 'main.js');
const BLOB = path.join(projectRoot, 'dist', 'econ.blob');
const SECRET = 'bench-signing-secret-0123456789';
const RUNS = 15;

/**
 * `npm run bench:start`: start-up time and memory of the compiled bot against `node -e 0` on the same
 * machine with the same flags: spawn → `/healthz` 200 (HTTP mode) and spawn → first answer on stdout
 * (terminal mode), both from the start-up snapshot (what `npm start` runs) and from `dist/main.js`;
 * `npm start` → `/healthz`; and RSS after answering 1,000 signed `/econ` commands (snapshot). The bot
 * runs with the flags and variables `npm start` gives it.
 */
async function main(): Promise<void> {
  const { flags, env: startEnv, memoryOnly } = await startCommand();
  const stateDir = await mkdtemp(path.join(tmpdir(), 'econ-bench-start-'));
  const slack = await new BenchSlack().start();
  const terminal = { ...startEnv, ECON_STATE_DIR: stateDir };
  const http = { ...terminal, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, ECON_LOG_LEVEL: 'warn' };
  try {
    const report = (label: string, runs: Timed[], limitMs: number | null, limitX: number) => {
      const ms = median(runs.map((r) => r.ms));
      const ratio = median(runs.map((r) => r.ms / r.baseMs));
      const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
      const cpu = cpus.length ? `, CPU ${median(cpus).toFixed(0)} ms` : '';
      const ok = (limitMs === null || ms <= limitMs) && ratio <= limitX;
      const limit = `≤ ${limitMs === null ? '' : `${limitMs} ms and `}${limitX}×`;
      console.log(`${label.padEnd(34)} median ${ms.toFixed(0)} ms (min ${Math.min(...runs.map((r) => r.ms)).toFixed(0)}${cpu}), ${ratio.toFixed(1)}× node -e 0  ${ok ? 'ok' : 'MISSED'} (${limit})`);
    };
    const snapshot = [...flags, '--snapshot-blob', BLOB];
    const compiled = ['--enable-source-maps', ...flags, MAIN];
    if (memoryOnly) {
      // Only the memory under load, of both ways to start.
      for (const [label, args] of [['snapshot', snapshot], ['dist/main.js', compiled]] as const) console.log(label, await answerThousand(args, http, slack));
      return;
    }
    const healthz = await timed(RUNS, flags, () => toHealthz([process.execPath, ...snapshot], http));
    const base = healthz.map((r) => r.baseMs);
    console.log(`node ${flags.join(' ')} -e 0: median ${median(base).toFixed(0)} ms (min ${Math.min(...base).toFixed(0)}), run before each run below`);
    report('snapshot → /healthz 200', healthz, 300, 6);
    report('snapshot → first answer', await timed(RUNS, flags, () => toFirstAnswer(snapshot, terminal)), 300, 6);
    report('node dist/main.js → /healthz 200', await timed(RUNS, flags, () => toHealthz([process.execPath, ...compiled], http)), 300, 6);
    report('node dist/main.js → first answer', await timed(RUNS, flags, () => toFirstAnswer(compiled, terminal)), 300, 6);
    report('npm start → /healthz 200', await timed(5, flags, () => toHealthz(['npm', 'start', '--silent'], http)), null, 10);
    const load = await answerThousand(snapshot, http, slack);
    console.log(
      `1,000 /econ commands, 8 at a time: request → answer at the response_url median ${load.median.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms; ` +
        `RSS at start ${load.atStart.toFixed(0)} MB, after ${load.rss.toFixed(0)} MB (peak ${load.peak.toFixed(0)} MB)  ${load.rss <= 100 ? 'ok' : 'MISSED'} (≤ 100 MB)`,
    );
  } finally {
    await slack.stop();
    await rm(stateDir, { recursive: true, force: true });
  }
}

/**
 * The V8 flags `npm start` runs the snapshot with (the ones it was built with) and the variables it
 * sets (`NAME=value exec node …`); `--node-flags "…"` replaces the flags, `--memory` measures only
 * the memory under load.
 */
async function startCommand(): Promise<{ flags: string[]; env: Record<string, string>; memoryOnly: boolean }> {
  const { values } = parseArgs({ options: { 'node-flags': { type: 'string' }, memory: { type: 'boolean' } } });
  const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [, assignments = '', flags = ''] = /((?:\w+=\S+ )*)exec node((?: --[^\s]+)*) --snapshot-blob /.exec(pkg.scripts.start) ?? [];
  const env = Object.fromEntries(assignments.trim().split(' ').filter(Boolean).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  const given = values['node-flags'];
  return { flags: (given ?? flags).split(/\s+/).filter(Boolean), env, memoryOnly: values.memory === true };
}

function nodeBaseline(flags: string[]): number {
  const started = performance.now();
  spawnSync(process.execPath, [...flags, '-e', '0']);
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

/** Spawn `node <args>` in terminal mode with a question piped in → the first answer on stdout. */
async function toFirstAnswer(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; cpu: number | null }> {
  const started = performance.now();
  const child = start(process.execPath, args, env, 'pipe');
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
async function answerThousand(args: string[], env: NodeJS.ProcessEnv, slack: BenchSlack): Promise<{ median: number; p99: number; atStart: number; rss: number; peak: number }> {
  const sets = await Promise.all(['questions', 'holdout', 'fresh'].map((set) => readEvalCases(path.join(evalSetsDir, `${set}.jsonl`))));
  const questions = sets.flat().map((c) => c.q);
  const port = await freePort();
  const child = start(process.execPath, args, { ...env, PORT: String(port) });
  await until200(`http://127.0.0.1:${port}/healthz`);
  const atStart = rssMb(child.pid)?.rss ?? NaN;
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
  return { median: median(latencies), p99: percentile(latencies, 0.99), atStart, ...memory };
}

/** One measurement and the `node -e 0` time taken just before it (machine load changes from run to run). */
interface Timed {
  ms: number;
  cpu: number | null;
  baseMs: number;
}

/** Runs `once` `runs` times, each right after timing `node <flags> -e 0`. */
async function timed(runs: number, flags: string[], once: () => Promise<{ ms: number; cpu: number | null }>): Promise<Timed[]> {
  const results: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    const baseMs = nodeBaseline(flags);
    results.push({ ...(await once()), baseMs });
  }
  return results;
}



main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
