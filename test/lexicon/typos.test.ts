import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { TypoCorrector } from '../../src/lexicon/TypoCorrector';
import { isKeySlip, jamoDistance } from '../../src/text/jamo';
import { realKnowledge } from '../helpers';

describe('jamo', () => {
  it('counts letters, not syllables', () => {
    expect(jamoDistance('예싼', '예산')).toBe(1);
    expect(jamoDistance('건', '권')).toBe(1);
    expect(jamoDistance('사', '설')).toBe(2);
  });

  it('knows a slip of the finger from a different word', () => {
    expect(isKeySlip('싼', '산')).toBe(true); // shift
    expect(isKeySlip('러', '라')).toBe(true); // the key next to it
    expect(isKeySlip('천', '턴')).toBe(true); // ㅊ and ㅌ are neighbours: why 2-syllable typos only go to lexicon words
    expect(isKeySlip('맡', '많')).toBe(false); // another final consonant
    expect(isKeySlip('과', '거')).toBe(false); // a compound vowel is two keys
  });
});

describe('TypoCorrector', () => {
  const known = new Set(['예산', '인턴', '시네마테크', '지원센터', '대상', '정원']);
  const corrector = new TypoCorrector({ long: ['시네마테크', '지원센터', '서울혁신챌린지', '운영기관'], short: ['예산', '정원'], isKnown: (w) => known.has(w) });

  it('never reads two known words written together as a typo of a third (교육기간 is no 교육기관), but a real slip still is', () => {
    const words = new Set(['교육', '기간', '교육기관']);
    const compound = new TypoCorrector({ long: ['교육기관'], short: [], isKnown: (w) => words.has(w) });
    expect(compound.correct('교육기간')).toBeNull();
    expect(compound.correct('교육기곤')).toBe('교육기관');
  });

  it('reads one jamo off in a short word as a lexicon word', () => {
    expect(corrector.correct('예싼')).toBe('예산');
    expect(corrector.correct('인쳔')).toBeNull(); // 인턴 is a report word, not a lexicon word
  });

  it('reads one jamo off per syllable in longer words', () => {
    expect(corrector.correct('시네마태크')).toBe('시네마테크');
    expect(corrector.correct('지원센타')).toBe('지원센터');
    expect(corrector.correct('서울혁신첼린지')).toBe('서울혁신챌린지');
    expect(corrector.correct('시네마태끄')).toBe('시네마테크'); // two syllables one jamo off each, in five
    expect(corrector.correct('시녜먀태크')).toBeNull(); // three syllables off
    expect(corrector.correct('시네마탁크')).toBeNull(); // 탁 is two jamo from 테
    expect(corrector.correct('운영시간')).toBeNull(); // two syllables off in four: another word, not a typo
  });

  it('never corrects a known word or a word far from every other', () => {
    expect(corrector.correct('정원')).toBeNull();
    expect(corrector.correct('부산')).toBeNull();
    expect(corrector.correct('기조연사')).toBeNull();
  });

  it('reads a short form leaving out the middle of one longer word', () => {
    const words = new TypoCorrector({ long: ['애니메이션센터', '캠퍼스타운활성화과', '지원센터', '창업지원센터', '기업지원센터'], short: [], isKnown: () => false });
    expect(words.correct('애니센터')).toBe('애니메이션센터');
    expect(words.correct('캠타운활성화과')).toBe('캠퍼스타운활성화과');
    // The short form of two words is neither.
    expect(words.correct('창기센터')).toBeNull();
    expect(words.correct('부산센터')).toBeNull();
  });

  it('leaves a typo as close to two words as to one', () => {
    const two = new TypoCorrector({ long: ['가나다', '가나라'], short: [], isKnown: () => false });
    expect(two.correct('가나마')).toBeNull();
  });
});

describe('typos in questions', () => {
  it('answers through a correction and says how the word was read', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '청년취업사관학교 예싼 얼마야?');
    expect(answer.found).toBe(true);
    expect(answer.text).toContain('20,255백만원');
    expect(answer.text).toContain("('예싼' → '예산'으로 읽었습니다)");
  });

  it('reads a short form and an alias beside its own target (`애니센터 재건축(서울큐브)`)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠타운활성화과 인력현황').text).toContain('정원 17명');
    expect(answerQuestion(kb, '애니센터 재건축(서울큐브) 22년 사업비 얼마예요?').text).toContain('5,539백만원');
  });

  it('does not read a word the report or the lexicon knows as a typo of another', async () => {
    const kb = await realKnowledge();
    for (const question of ['인천 청년인턴 예산', '시가 회장 맡은 국제기구', '시네마테크 어디에 짓는 거야']) {
      expect(answerQuestion(kb, question).text, question).not.toContain('읽었습니다');
    }
  });
});

describe('syllableDistance', () => {
  it('agrees with the jamo edit distance on every pair of a sample of syllables', async () => {
    const { syllableDistance } = await import('../../src/text/jamo');
    const sample = ['예', '산', '싼', '설', '사', '건', '권', '테', '태', '크', '끄', '많', '맡', '천', '턴', '의'];
    for (const a of sample) for (const b of sample) expect(syllableDistance(a, b), `${a} ${b}`).toBe(jamoDistance(a, b));
  });
});
