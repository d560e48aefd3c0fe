import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyzeQuestion';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { makeSynonymReader } from '../../src/lexicon/readSynonyms';
import { realKnowledge } from '../helpers';

/** The answer's text, or `not found` when it says the report does not contain it. */
async function ask(question: string): Promise<string> {
  const answer = answerQuestion(await realKnowledge(), question);
  return answer.found ? answer.text : `not found: ${answer.text}`;
}

describe('synonyms (corpus/lexicon.json)', () => {
  it('reads an English or colloquial variant as the report word', async () => {
    expect(await ask('청년인턴 직무캠프 budget 얼마 잡혀있어요')).toContain('4,000백만원');
    expect(await ask('안심일자리 시급 얼마?')).toContain('9,160');
    expect(await ask('청년취업사관학교 대상자 누구야')).toContain('20 ~ 30대');
  });

  it('reads a variant written with a space however it is spaced: who pays a budget part (市 부담분) is that part', async () => {
    const read = makeSynonymReader({ synonyms: [{ word: '시비', variants: ['시 부담분'] }] } as never, new Set());
    expect(read('안심일자리 시 부담분')).toBe('안심일자리 시비');
    expect(read('안심일자리 시부담분 얼마')).toBe('안심일자리 시비 얼마');
    expect(await ask('안심일자리 市 부담분 얼마임')).toContain('시 12,216백만원');
    expect(await ask('안심일자리 구 부담액')).toContain('구 26,398백만원');
    expect(await ask('청년취업사관학교 시 부담분')).toMatch(/^not found/);
  });

  it('leaves a variant that is only part of a longer report word', () => {
    const read = makeSynonymReader({ synonyms: [{ word: '시간당', variants: ['시급'] }] } as never, new Set(['시급성']));
    expect(read('안심일자리 시급')).toBe('안심일자리 시간당');
    expect(read('시급성 높은 사업')).toBe('시급성 높은 사업');
  });
});

describe('Hanja readings', () => {
  it('reads 市 as 시 in questions and in the report', async () => {
    expect(await ask('안심일자리 市비 얼마야')).toContain('12,216백만원');
    expect(await ask('미래혁신성장펀드 시 출자액 총 얼마?')).toContain('1,751억원');
  });

  it('does not make a city of another name', async () => {
    expect(await ask('부산市 청년취업사관학교 예산')).toMatch(/^not found/);
  });
});

describe('question, request and verb words', () => {
  it('are never what a question is about', async () => {
    const kb = await realKnowledge();
    expect(analyzeQuestion(kb, '서울큐브 언제 열어?').topic).not.toContain('언제');
    expect(analyzeQuestion(kb, '청년인턴 직무캠프 예산 좀 알려줘').topic).toBe('청년인턴 직무캠프');
    expect(analyzeQuestion(kb, '강소기업 사업 현장점검 언제 나가?').topics[0]!.required).toEqual(['강소기업', '현장점검']);
  });

  it('keep a report word that ends like a verb', async () => {
    const kb = await realKnowledge();
    expect(analyzeQuestion(kb, '서울혁신챌린지 예산').topics[0]!.required).toContain('서울혁신챌린지');
    expect(analyzeQuestion(kb, '서울혁신챌린지 언제 하지').topics[0]!.required).toEqual(['서울혁신챌린지']);
  });
});

describe('soft words', () => {
  it('need not be in the answer', async () => {
    expect(await ask('캠퍼스타운 종합형 예산만 따로 얼마야')).toContain('31,062');
    expect(await ask('직무캠프 추진근거 법령')).toContain('청년고용촉진특별법');
  });

  it('do not carry a question when a real name is absent', async () => {
    expect(await ask('캠퍼스타운 드론 예산 따로 얼마야')).toMatch(/^not found/);
  });
});

describe('answer kinds', () => {
  it('answer with a line that carries the value asked for', async () => {
    expect(await ask('Try Everything 참여 규모 몇명 예상')).toContain('6만여명');
    expect(await ask('기술교육원 훈련대상 연령')).toContain('만 15세 이상');
    expect(await ask('청년인턴 직무캠프 직무교육 수료율')).toContain('83.1');
    expect(await ask('패션허브 수탁기관 목록')).toContain('디쓰리디');
  });

  it('refuse when no line about the thing named carries it', async () => {
    expect(await ask('양재 AI허브 입주기업 몇개사')).toMatch(/^not found/);
    expect(await ask('동작캠퍼스 교육생 몇명')).toMatch(/^not found/);
  });
});

describe('joining particles and compounds', () => {
  it('read 이랑 / 랑 / 하고 between names', async () => {
    expect(await ask('경제정책실 정원이랑 현원 몇명')).toMatch(/269[\s\S]*259/);
    expect(await ask('국제협력과 정원하고 현원 알려줘')).toContain('국제협력과');
  });

  it('answer each of two things joined by 랑, and only when the report has both', async () => {
    const both = await ask('서울큐브랑 시네마테크 예산');
    expect(both).toContain('100,781백만원');
    expect(both).toContain('26,482백만원');
    expect(await ask('부산이랑 서울 청년취업사관학교 예산')).toMatch(/^not found/);
  });

  it('match a compound typed without its space, but not pieces of different words', async () => {
    expect(await ask('기술교육원 학과개편때 폐지한 학과 몇개')).toContain('9개');
    expect(await ask('서울창업허브 언제 개관')).toMatch(/^not found/);
  });
});

describe('the fallback ladder', () => {
  it('answers a fact question from a line carrying that kind of fact', async () => {
    expect(await ask('강소기업 청년 정규직 채용하면 1인당 최대 얼마 받아?')).toContain('15백만원');
    expect(await ask('추계 패션위크 개최방식')).toContain('온라인 송출');
  });

  it('never answers another year with this year’s figure', async () => {
    expect(await ask('청년취업사관학교 2019년 예산 얼마였어?')).toMatch(/^not found/);
  });
});

describe('context words', () => {
  it('may name a fact through its own line and the bullets above it', async () => {
    expect(await ask('베트남 테크트레이드센터 위치')).toContain('District 11');
  });

  it('are never taken from an unrelated line', async () => {
    expect(await ask('베트남 청년취업사관학교 위치')).toMatch(/^not found/);
  });
});

describe('programs that fit equally', () => {
  it('are offered when a passage question names none of them', async () => {
    const answer = answerQuestion(await realKnowledge(), '공정률 몇프로야');
    expect(answer.candidates.length).toBeGreaterThan(1);
    expect(answerQuestion(await realKnowledge(), '시네마테크 공정률 몇프로야').text).toContain('38%');
  });
});

describe('day tails (dayTails)', () => {
  it('read a schedule event word with a day tail as a question about its day', async () => {
    const kb = await realKnowledge();
    expect(kb.lexicon.readSynonyms('뷰티복합문화공간 오픈일이 언제')).toBe('뷰티복합문화공간 오픈 날짜 언제');
    expect(await ask('뷰티복합문화공간 오픈일 알려주세요')).toContain('2022년 9월 30일');
    expect(await ask('서울큐브 준공날짜')).toContain('2025년 11월');
  });

  it('leave a word that only starts with an event and a tail, and a tail after another word', async () => {
    const kb = await realKnowledge();
    expect(kb.lexicon.readSynonyms('Try Everything 개최일정 알려줘')).toBe('Try Everything 개최일정 알려줘');
    expect(kb.lexicon.readSynonyms('청년취업사관학교 휴일')).toBe('청년취업사관학교 휴일');
    // Read as a day, a completion the program does not have is still not found; 완공 is also the report's 준공.
    expect(await ask('청년취업사관학교 완공일')).toMatch(/^not found/);
    expect(await ask('서울큐브 완공일')).toContain('2025년 11월');
  });
});

describe('former names in brackets (formerNameWords)', () => {
  it('are an aside, not part of the question', async () => {
    expect(await ask('서울큐브(구 애니센터) 개관은 언제쯤?')).toContain('2026년 5월');
    expect(await ask('서울큐브 (옛 애니메이션센터) 총사업비')).toContain('100,781백만원');
  });

  it('leave a bracket without a former-name word part of the question', async () => {
    expect(await ask('청년취업사관학교(부산) 예산')).toMatch(/^not found/);
    expect(await ask('서울큐브(강남) 개관')).toMatch(/^not found/);
    // `구 부담분` in brackets is the district's share (구비), not a former name.
    expect(await ask('캠퍼스타운 예산 (구 부담분) 얼마')).toMatch(/^not found: .*구비/);
  });
});

describe('soft words', () => {
  it('`소속` says whose, not what: the office\'s departments are ranked', async () => {
    expect(await ask('실 소속 과 중에 예산 젤 많은 과')).toContain('일자리정책과');
    expect(await ask('소속 직원 몇명')).toMatch(/^not found/);
  });
});

describe('the office as a whole (headcount cue whole)', () => {
  it('`우리 실` is the office', async () => {
    expect(await ask('우리 실 여직원 몇 명임')).toContain('269');
    expect(await ask('우리 실 캠퍼스타운 인력')).toMatch(/^not found/);
  });
});

describe('"other than" words (exceptWords)', () => {
  it('drop the word they follow from the question', async () => {
    expect(await ask('추계 서울패션위크 개최장소 DDP 말고 또 어디야')).toContain('광화문광장');
    expect(await ask('안심일자리 시비 얼마야? 구비 말고 市 부담분')).toContain('12,216백만원');
  });

  it('drop only a word they follow standing alone', async () => {
    expect(await ask('청년취업사관학교 부산 말고 예산')).toContain('20,255백만원');
    expect(await ask('청년취업사관학교 부산 예산')).toMatch(/^not found/);
    expect(await ask('청년취업사관학교 부산말고기 예산')).toMatch(/^not found/);
  });
});

describe('years counted from the report (the calendar cues nextYear, lastYear, thisYear)', () => {
  it('answer 올해 with the report year', async () => {
    expect(await ask('올해 청년취업사관학교 예산')).toContain('20,255백만원');
  });

  it('never answer 내년 or 작년 with the report year\'s figure or line', async () => {
    expect(await ask('내년 청년취업사관학교 예산')).toMatch(/^not found/);
    expect(await ask('작년 청년취업사관학교 예산')).toMatch(/^not found/);
    expect(await ask('내년 서울 경제성장률 전망치')).toMatch(/^not found/);
  });
});
