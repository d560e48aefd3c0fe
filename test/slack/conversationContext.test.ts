import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { loadConfig } from '../../src/config/loadConfig';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { EconReply } from '../../src/slack/commands/EconReply';
import { askInConversation, CONTEXT_TTL_MS } from '../../src/slack/conversation/askInConversation';
import type { BotServices } from '../../src/slack/services/BotServices';
import { TtlMap } from '../../src/state/TtlMap';
import { createServices } from '../../src/slack/services/createServices';
import { PROJECT_CORPUS } from './helpers/testBot';

const HOUR = 60 * 60 * 1000;
let stateDir: string;
let services: BotServices;
let clock = 0;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-context-'));
  const config = loadConfig({ ECON_STATE_DIR: stateDir, ECON_CORPUS_DIR: PROJECT_CORPUS });
  const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  services = await createServices({ config, core: { loadKnowledge, answerQuestion }, logger: quiet });
  // Thread context as the state store keeps it, on a clock the test moves.
  const contexts = new TtlMap(() => clock);
  services.conversations = {
    getContext: async (key) => contexts.get(key) ?? null,
    setContext: async (key, value, ttlMs) => contexts.set(key, value, ttlMs),
  };
});
afterAll(async () => {
  await services.state.close();
  await rm(stateDir, { recursive: true, force: true });
});

function text(reply: EconReply): string {
  return reply.kind === 'answer' ? reply.answer.text : '';
}

const ask = (key: string, question: string) => askInConversation(services, { userId: 'U0TEST1', via: 'slack', source: 'thread' }, key, question);

describe('conversation context', () => {
  it('lasts 24 hours after the thread’s last question, each question renewing it', async () => {
    expect(CONTEXT_TTL_MS).toBe(24 * HOUR);
    clock = 0;
    await ask('conv:T:C1:1.1', '서울큐브 언제 열어?');
    clock = 23 * HOUR;
    expect(text(await ask('conv:T:C1:1.1', '예산은?'))).toContain('100,781백만원');
    clock = 46 * HOUR; // 23 h after the last question, 46 h after the first
    expect(text(await ask('conv:T:C1:1.1', '위치는?'))).toContain('소파로');
    clock = 46 * HOUR + 24 * HOUR + 1;
    expect(text(await ask('conv:T:C1:1.1', '예산은?'))).not.toContain('100,781백만원');
  });

  it('still answers, without context, when the store fails', async () => {
    const saved = services.conversations;
    services.conversations = {
      getContext: () => Promise.reject(new Error('store down')),
      setContext: () => Promise.reject(new Error('store down')),
    };
    try {
      expect(text(await ask('conv:T:C1:2.2', '청년취업사관학교 예산'))).toContain('20,255백만원');
    } finally {
      services.conversations = saved;
    }
  });
});
