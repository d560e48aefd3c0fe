import { describe, expect, it } from 'vitest';
import { holdsQuestionWord } from '../../src/answer/holdsQuestionWord';
import { realKnowledge } from '../helpers';

describe('holdsQuestionWord', () => {
  it('finds a question word anywhere in a text, and none in a text that only addresses someone', async () => {
    const kb = await realKnowledge();
    expect(holdsQuestionWord(kb.lexicon, '사업 올해 돈 얼마 잡혀있어')).toBe(true);
    expect(holdsQuestionWord(kb.lexicon, '주소가 어디야')).toBe(true);
    expect(holdsQuestionWord(kb.lexicon, '전화번호 아시는 분')).toBe(false);
  });
});
