import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyzeQuestion';
import { Bm25Index } from '../../src/search/Bm25Index';
import { tokenize } from '../../src/search/tokenize';
import { isHangul } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const terms = (text: string) => tokenize(text).filter((t) => t.length <= 2 || !isHangul(t));

describe('Bm25Index', () => {
  it('ranks and scores every eval question exactly as MiniSearch does', async () => {
    const kb = await realKnowledge();
    const sections = kb.sections.filter((s) => s.kind !== 'part' && s.kind !== 'chapter');
    const docs = sections.map((s) => [terms(s.path.slice(1).join(' ')), terms(s.normText)]);
    const ours = new Bm25Index([3, 1]);
    for (const fields of docs) ours.add(fields);
    const mini = new MiniSearch<{ id: number; title: string; text: string }>({
      fields: ['title', 'text'],
      tokenize: (id, field) => docs[Number(id)]![field === 'title' ? 0 : 1]!,
      processTerm: (t) => t,
      searchOptions: { boost: { title: 3 }, combineWith: 'OR', tokenize: (q) => q.split(' ') },
    });
    mini.addAll(sections.map((_, id) => ({ id, title: String(id), text: String(id) })));
    const dir = fileURLToPath(new URL('../eval/', import.meta.url));
    const questions = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(dir + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).q as string));
    let compared = 0;
    for (const q of questions) {
      const query = [...new Set(terms(analyzeQuestion(kb, q).topic))];
      if (query.length === 0) continue;
      const expected = mini.search(query.join(' ')).slice(0, 20);
      const got = ours.search(query).slice(0, 20);
      expect(got.map((h) => h.doc), q).toEqual(expected.map((r) => r.id));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]!.score, 9));
      compared++;
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('scores a rare term above a common one and a title match above the text', () => {
    const index = new Bm25Index([3, 1]);
    index.add([['예산'], ['청년']]);
    index.add([['청년'], ['예산', '청년']]);
    index.add([[], ['청년']]);
    const hits = index.search(['예산']);
    expect(hits.map((h) => h.doc)).toEqual([0, 1]);
    expect(index.search(['없는말'])).toEqual([]);
  });
});
