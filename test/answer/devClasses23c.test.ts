import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { isPointedAt, isResidence } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind60 (scored once before it was tuned on; a dev set since), each tested both ways. */
describe('stop-23 classes (blind60)', () => {
  it('knows where the asker lives (…에 사는) and a common noun pointed at (이 대회의)', () => {
    expect(isResidence(['저는', '마포구에', '사는', '주민인데요'], 1)).toBe(true);
    expect(isResidence(['저는', '서초구', '양재동에', '사는'], 1)).toBe(true);
    expect(isResidence(['마포', '캠퍼스', '주소'], 0)).toBe(false);
    const stem = (word: string) => word.replace(/(?:의|에)$/, '');
    expect(isPointedAt(['이', '대회의', '사업예산이'], 1, stem)).toBe(true);
    expect(isPointedAt(['이', '뷰티', '공간'], 1, stem)).toBe(false);
  });

  it("answers a civil-complaint letter from what follows 다름이 아니오라, the program named in the asker's story standing for 이 사업", async () => {
    const kb = await realKnowledge();
    const letter = (story: string, ask: string) => `안녕하십니까, 저는 송파구에 사는 퇴직 교사입니다. ${story} 다름이 아니오라 ${ask} 궁금하여 문의드립니다. 감사합니다.`;
    expect(answerQuestion(kb, letter('제자가 서울혁신챌린지에 나간다고 하여 관심이 생겼는데요,', '이 대회의 사업예산이 얼마인지'), AS_OF).text).toContain('서울혁신챌린지');
    expect(answerQuestion(kb, letter('손자가 취업 준비를 합니다.', '청년취업사관학교 마포 캠퍼스 주소가 어떻게 되는지'), AS_OF).text).toContain('마포');
    // Where the asker lives never narrows the question; a city asked about still does.
    expect(answerQuestion(kb, '안녕하십니까, 저는 금천구에 사는 주민입니다. 다름이 아니오라 서울큐브 개관이 언제인지 궁금하여 문의드립니다.', AS_OF).text).toContain('2026년 5월');
    expect(answerQuestion(kb, letter('손자가 취업 준비를 합니다.', '부산 청년취업사관학교 예산이 얼마인지'), AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads the form an analyst wants a figure in (억원으로, 원자료, 연월로) as no part of what is asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울투자청 22년 사업예산 억원으로 얼마? 백만원 원자료도 같이', AS_OF).text).toContain('5,339백만원');
    expect(answerQuestion(kb, '서울투자청 출자출연기관 전환 출범 목표 시점 연월로 알려줘', AS_OF).text).toContain('2024년 6월');
    expect(answerQuestion(kb, '서울투자청 2019년 사업예산 억원으로 얼마?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("never answers a sum with a department's duties, nor an event's date with a line that has none", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '미디어콘텐츠산업과가 운영하는 e스포츠경기장 예산이 얼마인지', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '뷰티복합문화공간 조성은 어느 과 담당이야?', AS_OF).text).toContain('뷰티패션산업과');
    expect(answerQuestion(kb, '서울 로봇과학관 개관 예정 월은?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('ranks areas asked with 얼마 (면적이 각각 얼마인지) as areas, and reads 뽑아줘 as asking for a list', async () => {
    const kb = await realKnowledge();
    const areas = answerQuestion(kb, '청년취업사관학교 영등포 캠퍼스와 금천 캠퍼스 중 어느 쪽이 더 넓은지, 면적이 각각 얼마인지', AS_OF);
    expect(areas.text).toContain('3,611.31㎡');
    expect(areas.text).toContain('1,632.4㎡');
    expect(answerQuestion(kb, "국제협력 쪽 '22년 10월 일정만 뽑아줘", AS_OF).text).toContain('UCLG WORLD 총회');
    expect(answerQuestion(kb, "국제협력 쪽 '19년 10월 일정만 뽑아줘", AS_OF).found).toBe(false);
  });
});
