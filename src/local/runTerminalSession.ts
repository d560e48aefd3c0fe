import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { EconReply } from '../slack/commands/EconReply';
import { parseEconText, type EconRequest } from '../slack/commands/parseEconText';
import { runEconRequest } from '../slack/commands/runEconRequest';
import { askInConversation, startOver } from '../slack/conversation/askInConversation';
import { isStartOver, STARTED_OVER } from '../slack/conversation/runConversationTurn';
import type { BotServices } from '../slack/services/BotServices';
import { renderReplyText } from './renderReplyText';

/** The user id the person at the terminal acts as (treated as an admin: they own the corpus folder). */
export const LOCAL_USER = 'local';

export interface TerminalIo {
  input: Readable;
  output: Writable;
  /** A person typing (prompt, banner); false for piped input, which is read to EOF without prompts. */
  interactive: boolean;
  /** Ends the session (SIGINT/SIGTERM) once the answer being written, if any, is out. */
  signal?: AbortSignal;
}

const EXIT_WORDS = new Set(['exit', 'quit', '종료', '끝']);

/** The terminal is one conversation, like a Slack thread. */
const TERMINAL_CONVERSATION = 'conv:local:terminal:top';

/**
 * The local terminal session used when no Slack variables are set: each line is an `/econ …`
 * command (or just a question), answered exactly as in Slack but rendered as text. Questions are
 * one conversation, like a Slack thread: `예산은?` follows up on the last subject; `/new` (or
 * 처음부터) or an empty line starts over. Typing a candidate's number re-asks with that candidate.
 * Ends at `exit` or end of input.
 */
export async function runTerminalSession(services: BotServices, io: TerminalIo): Promise<void> {
  // The file store keeps context across restarts; a new session is a new conversation. (Before the
  // line reader exists: lines read while it waited would be lost.)
  await startOver(services, TERMINAL_CONVERSATION);
  const write = (text: string) => io.output.write(`${text}\n`);
  const rl = createInterface({ input: io.input, ...(io.interactive ? { output: io.output, terminal: true } : { terminal: false }), crlfDelay: Infinity });
  rl.setPrompt('econ> ');
  io.signal?.addEventListener('abort', () => rl.close(), { once: true });
  if (io.interactive) {
    write('econ-bot 로컬 모드: Slack 없이 /econ 명령을 써 볼 수 있습니다.');
    write('예) /econ 청년취업사관학교 예산 · 이어서 "예산은?" · /econ help · /econ digest 2022-10-31 · 새 대화: /new 또는 빈 줄 · 끝내기: exit 또는 Ctrl+D');
    rl.prompt();
  }

  let last: EconReply | null = null;
  for await (const line of rl) {
    if (io.signal?.aborted) break;
    const input = line.trim();
    if (EXIT_WORDS.has(input.toLowerCase())) break;
    if (input === '' || isStartOver(input)) {
      await startOver(services, TERMINAL_CONVERSATION);
      last = null;
      if (input !== '' || io.interactive) write(`ℹ️ ${STARTED_OVER}\n`);
      if (io.interactive) rl.prompt();
      continue;
    }
    const request = toRequest(input, last);
    if (request !== null) {
      const asker = { userId: LOCAL_USER, via: 'local' } as const;
      try {
        last =
          request.kind === 'question'
            ? await askInConversation(services, asker, TERMINAL_CONVERSATION, request.question)
            : await runEconRequest(services, asker, request);
      } catch (error) {
        last = { kind: 'notice', tone: 'error', text: `오류: ${error instanceof Error ? error.message : String(error)}` };
      }
      write(renderReplyText(last));
      write('');
    }
    if (io.interactive) rl.prompt();
  }
  rl.close();
}

/** Reads one terminal line as a request: `/econ …`, a bare question, or a candidate number. */
function toRequest(input: string, last: EconReply | null): EconRequest | null {
  if (input === '') return null;
  const candidates = last?.kind === 'answer' ? last.answer.candidates : [];
  if (/^\d+$/.test(input) && candidates.length > 0) {
    const picked = candidates[Number(input) - 1];
    return picked ? { kind: 'question', question: picked.question } : { kind: 'rejected', message: `1부터 ${candidates.length} 사이의 번호를 입력해 주세요.` };
  }
  const command = /^\/(\S+)\s*(.*)$/.exec(input);
  if (command === null) return parseEconText(input);
  if (command[1] !== 'econ') return { kind: 'rejected', message: `알 수 없는 명령입니다: /${command[1]}. /econ 으로 시작하거나 질문만 입력해 주세요.` };
  return parseEconText(command[2] ?? '');
}
