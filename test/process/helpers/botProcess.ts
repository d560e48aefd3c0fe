import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { slackSignatureHeaders } from '../../slack/helpers/signing';

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SECRET = 'process-test-signing-secret-0123';

/** The environment for a bot in HTTP mode against a local fake Slack, on `port`. */
export function httpEnv(apiUrl: string, port: number, stateDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    SLACK_BOT_TOKEN: 'xoxb-process-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
    PORT: String(port),
    ECON_STATE_DIR: stateDir,
    ECON_LOG_LEVEL: 'info',
  };
}

/** A started process with everything it wrote to stderr so far, and a promise of its exit code. */
export interface Spawned {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts `command args` in the project folder (its own process group when `detached`). */
export function spawnIn(command: string, args: string[], env: NodeJS.ProcessEnv, detached = false): Spawned {
  const child = spawn(command, args, { cwd: ROOT, env, detached, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

/** Polls `/healthz` until it answers 200. */
export async function waitHealthy(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await healthStatus(port);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`/healthz on ${port} not 200 within ${timeoutMs} ms (last: ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `/healthz`'s status, or 'refused' when nothing accepts connections on the port. */
export async function healthStatus(port: number): Promise<number | 'refused'> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'refused';
  }
}

/** Sends `/econ text` signed like Slack with the given response_url; resolves with the HTTP status (the ack). */
export async function sendCommand(port: number, text: string, responseUrl: string, triggerId: string, secret = SECRET): Promise<number> {
  const body = new URLSearchParams({
    team_id: 'T0TEST',
    channel_id: 'C0GENERAL',
    user_id: 'USTAFF001',
    user_name: 'staff',
    command: '/econ',
    text,
    api_app_id: 'A0ECON',
    response_url: responseUrl,
    trigger_id: triggerId,
  }).toString();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: slackSignatureHeaders(secret, body), body });
  await res.arrayBuffer();
  return res.status;
}

/** Pids of a process's children (Linux /proc). */
export function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text === '' ? [] : text.split(' ').map(Number);
}

/** A process's command line, arguments joined by spaces. */
export function commandLine(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
}

/** Whether a process with this pid still exists (a zombie counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** True when a TCP connection to the port is refused: nothing listens there any more. */
export function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
