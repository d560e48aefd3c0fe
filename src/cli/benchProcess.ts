import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { projectRoot } from '../config/paths';

/** A port nothing listens on right now (bound and released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `command args` in the project folder with `env` added to this process's environment; stdout is piped. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv, stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  return spawn(command, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: [stdin, 'pipe', 'pipe'] });
}

/**
 * Polls `GET url` every 2 ms until it answers 200; rejects after `timeoutMs`. Uses node:http rather
 * than fetch: the poller shares the CPU with the process it times, so it must cost little.
 */
export async function until200(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await statusOf(url)) !== 200) {
    if (Date.now() > deadline) throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function statusOf(url: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.once('error', () => resolve(null));
  });
}

/** CPU time (user + system, ms) a running process has used so far, from /proc; null where there is none. */
export function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Resident memory of a running process in MB (current and peak), from /proc; null where there is none. */
export function rssMb(pid: number | undefined): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Ends a child with SIGTERM (SIGKILL after 15 s) and resolves with its exit code. */
export async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

/**
 * A stand-in for Slack while benchmarking: answers every Web API call with `ok`, and records when
 * each response_url (`/respond/<id>`) received its answer.
 */
export class BenchSlack {
  readonly answeredAt = new Map<string, number>();
  #server: Server | null = null;
  #port = 0;
  #waiters: Array<() => void> = [];

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const url = req.url ?? '/';
        if (url.startsWith('/respond/')) this.answeredAt.set(url.slice('/respond/'.length), performance.now());
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0BENCH' }));
        for (const wake of this.#waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.#port}/respond/${id}`;
  }

  /** Resolves once `count` response_urls have been answered. */
  async waitForAnswers(count: number, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.answeredAt.size < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.answeredAt.size} of ${count} answers arrived`);
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise((resolve) => this.#server?.close(resolve));
  }
}

/** A form body and headers for `/econ text`, signed with `secret` as Slack signs requests. */
export function signedCommand(secret: string, text: string, responseUrl: string, userId = 'U0BENCH01'): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams({
    team_id: 'T0BENCH',
    channel_id: 'C0BENCH',
    user_id: userId,
    user_name: 'bench',
    command: '/econ',
    text,
    api_app_id: 'A0ECON',
    response_url: responseUrl,
    trigger_id: `${Date.now()}.${Math.random().toString(36).slice(2)}`,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Slack-Request-Timestamp': String(timestamp), 'X-Slack-Signature': signature },
  };
}
