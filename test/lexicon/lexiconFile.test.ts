import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { WordCue } from '../../src/lexicon/WordCue';
import { CORPUS_DIR, realKnowledge } from '../helpers';

let dir: string | undefined;
async function withLexicon(edit: (lexicon: Record<string, unknown>) => void): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'econ-lexicon-'));
  await cp(CORPUS_DIR, dir, { recursive: true });
  const lexicon = JSON.parse(await readFile(join(dir, 'lexicon.json'), 'utf8'));
  edit(lexicon);
  await writeFile(join(dir, 'lexicon.json'), JSON.stringify(lexicon, null, 2));
  return dir;
}
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('WordCue (a lexicon word group)', () => {
  it('matches a phrase at any spacing, and only where it is written', () => {
    const cue = new WordCue(['문 열', '향후 계획']);
    expect(cue.test('서울큐브 문열어?')).toBe(true);
    expect(cue.test('향후   계획 알려줘')).toBe(true);
    expect(cue.test('문화 열기')).toBe(false);
    expect(cue.find('G밸리 향후계획')).toBe('향후계획');
  });

  it('hides the words inside an except phrase', () => {
    const area = new WordCue(['규모', '면적'], ['사업 규모']);
    expect(area.test('캠퍼스타운 사업 규모')).toBe(false);
    expect(area.test('창업뜰 규모')).toBe(true);
  });

  it('matches Latin words whole and in any case', () => {
    const cue = new WordCue(['TO']);
    expect(cue.test('금융투자과 to 몇명')).toBe(true);
    expect(cue.test('tomato')).toBe(false);
  });

  it('lists the words present in the lexicon order', () => {
    expect(new WordCue(['개관', '완공', '선정']).present('선정 후 완공')).toEqual(['완공', '선정']);
  });
});

describe('corpus/lexicon.json', () => {
  it('gives each intent its words, unless-phrases and kinds', async () => {
    const { lexicon } = await realKnowledge();
    expect(lexicon.intent('budget').asks('캠퍼스타운 예산 얼마')).toBe(true);
    expect(lexicon.intent('schedule').asks('준공된 곳 몇 개')).toBe(false);
    expect(lexicon.intent('schedule').asks('준공 언제')).toBe(true);
    expect(lexicon.intent('budget').kinds.find((k) => k.cue.test('총 사업비'))?.kind).toBe('총사업비');
    expect(lexicon.intent('no-such-intent').asks('예산')).toBe(false);
  });

  it('names the line of invalid JSON', async () => {
    dir = await mkdtemp(join(tmpdir(), 'econ-lexicon-'));
    await cp(CORPUS_DIR, dir, { recursive: true });
    await writeFile(join(dir, 'lexicon.json'), '{\n  "synonyms": [\n    oops\n  ]\n}');
    await expect(readCorpus(dir)).rejects.toThrow(/lexicon\.json:3: invalid JSON/);
  });

  it('names a missing cue an intent reads, and an unknown key', async () => {
    const copy = await withLexicon((l) => {
      delete (l.intents as Record<string, { cues: Record<string, unknown> }>).budget!.cues.area;
      (l as Record<string, unknown>).synonym = [];
    });
    const error = (await readCorpus(copy).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('intents.budget.cues.area');
    expect(error.message).toMatch(/synonym/);
  });

  it('lets a new intent bring its own words', async () => {
    const copy = await withLexicon((l) => {
      (l.intents as Record<string, unknown>).forecast = { words: ['몇 월에', '개관하는 곳'] };
    });
    const kb = await loadKnowledge(copy);
    expect(kb.lexicon.intent('forecast').asks('11월에 개관하는 곳')).toBe(true);
  });

  it('refuses a synonym that would rename a program, naming the entry', async () => {
    const copy = await withLexicon((l) => {
      (l.synonyms as unknown[]).push({ word: '예산', variants: ['캠퍼스타운'] });
    });
    const error = (await loadKnowledge(copy).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/lexicon\.json: synonyms\[\d+\] \(word "예산"\): variant "캠퍼스타운" is part of the name/);
  });

  it('refuses an equivalence group holding a program\'s whole name, naming the entry', async () => {
    const copy = await withLexicon((l) => {
      (l.equivalents as unknown[]).push(['서울큐브', '애니센터']);
    });
    const error = (await loadKnowledge(copy).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/lexicon\.json: equivalents\[\d+\]: "서울큐브" is the name of a program or place/);
  });

  it('reads a question again with an equivalent the admin added only when it finds nothing as typed', async () => {
    const before = await realKnowledge();
    const asked = '청년취업사관학교 잡코디네이터 몇 명';
    const copy = await withLexicon((l) => {
      (l.equivalents as unknown[]).push(['잡코디네이터', 'Job코디']);
    });
    const kb = await loadKnowledge(copy);
    expect(kb.lexicon.equivalents(asked).map((r) => r.text)).toEqual(['청년취업사관학교 Job코디 몇 명']);
    expect(before.lexicon.equivalents(asked)).toEqual([]);
  });

  it('reads a synonym the admin added as the report word', async () => {
    const before = await realKnowledge();
    const copy = await withLexicon((l) => {
      (l.synonyms as unknown[]).push({ word: '예산', variants: ['버젯'] });
    });
    const kb = await loadKnowledge(copy);
    expect(before.lexicon.readSynonyms('청년취업사관학교 버젯')).toBe('청년취업사관학교 버젯');
    expect(kb.lexicon.readSynonyms('청년취업사관학교 버젯은')).toBe('청년취업사관학교 예산은');
  });
});
