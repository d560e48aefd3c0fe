import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../slack/helpers/fakeSlack';
import { allText, PROJECT_CORPUS } from '../slack/helpers/testBot';
import { BotProcess } from './helpers/botProcess';
import { createDatabase, describePg, dropDatabase } from './helpers/pg';

const DIGEST_OUTCOME = /digest: (posted slot|slot \S+ already posted|slot \S+ is being posted by another instance)/;
const REPORT = 'seoul-economic-policy-office-2022-09.txt';

let slack: FakeSlack;
const temporary: string[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

beforeAll(async () => {
  slack = await new FakeSlack().start();
});
afterAll(async () => {
  await slack.stop();
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Starts two bot processes at once with these variables; both catch up this week's digest slot. */
async function twoBots(env: (i: number) => Record<string, string>): Promise<BotProcess[]> {
  return Promise.all([0, 1].map((i) => BotProcess.start(slack, env(i))));
}

const digestPosts = (channel: string) => slack.calls('chat.postMessage').filter((c) => c.params.channel === channel);

describePg('two bot processes on one database', () => {
  let url: string;
  beforeAll(async () => {
    url = await createDatabase();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });

  it('post each digest slot once, and a reload on one reloads the other', async () => {
    const corpusDir = await tempDir('econ-two-corpus-');
    await cp(PROJECT_CORPUS, corpusDir, { recursive: true });
    const stateDirs = [await tempDir('econ-two-a-'), await tempDir('econ-two-b-')];
    const bots = await twoBots((i) => ({ ECON_DATABASE_URL: url, ECON_STATE_DIR: stateDirs[i]!, ECON_CORPUS_DIR: corpusDir, ECON_DIGEST_CHANNEL: 'C0TWODB' }));
    try {
      await Promise.all(bots.map((bot) => bot.waitForLog(DIGEST_OUTCOME, 60_000)));
      expect(digestPosts('C0TWODB')).toHaveLength(1);
      // The database URL's password never reaches the log.
      for (const bot of bots) expect(bot.stderr).not.toContain(decodeURIComponent(new URL(url).password));

      const report = path.join(corpusDir, REPORT);
      await writeFile(report, (await readFile(report, 'utf8')).replace('- 소요 예산 : 20,255백만원', '- 소요 예산 : 20,300백만원'));
      expect(allText(await bots[0]!.ask('reload'))).toMatch(/다시 읽어 교체했습니다/);
      await bots[1]!.waitForLog(/corpus reloaded \(announced by instance [\w-]+\)/);
      expect(allText(await bots[1]!.ask('청년취업사관학교 예산'))).toContain('20,300백만원');
    } finally {
      await Promise.all(bots.map((bot) => bot.stop()));
    }
  }, 120_000);
});

describe('two bot processes sharing one ECON_STATE_DIR (file store)', () => {
  it('post each digest slot once', async () => {
    const stateDir = await tempDir('econ-two-files-');
    const bots = await twoBots(() => ({ ECON_STATE_DIR: stateDir, ECON_CORPUS_DIR: PROJECT_CORPUS, ECON_DIGEST_CHANNEL: 'C0TWOFILE' }));
    try {
      await Promise.all(bots.map((bot) => bot.waitForLog(DIGEST_OUTCOME, 60_000)));
      expect(digestPosts('C0TWOFILE')).toHaveLength(1);
    } finally {
      await Promise.all(bots.map((bot) => bot.stop()));
    }
  }, 120_000);
});
