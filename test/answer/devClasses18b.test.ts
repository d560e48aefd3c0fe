import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { isPredicate, stripParticle, withoutJoint } from '../../src/text/grammar';
import { namesOrganisation } from '../../src/text/valueShapes';
import { definesWord } from '../../src/answer/definesWord';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** More stop-18 classes (blind26–blind37, all dev sets), each tested both ways. */
describe('stop-18 classes, continued', () => {
  it('counts companies asked with 개 (회사 몇 개, 입주기업 몇 개) from a line in 개사, never from the places found', async () => {
    const kb = await realKnowledge();
    for (const q of ['G밸리에 입주한 회사 몇 개나 돼요?', 'G밸리 입주기업 몇 개']) {
      const text = answerQuestion(kb, q, AS_OF).text;
      expect(text).toContain('12,754개사');
      expect(text).not.toContain('위치가 나온 곳');
    }
    expect(answerQuestion(kb, '마곡에 입주한 회사 몇 개나 돼요?', AS_OF).text).not.toContain('12,754');
  });

  it('reads the lines after an item introduced in 「」 as about that item, and answers an organisation asked with one named on such a line', async () => {
    const kb = await realKnowledge();
    for (const q of ['G밸리 의료기기 개발지원센터 전문운영기관 어디임', '의료기기 개발지원센터 실제 운영은 어디서 맡고 있어', 'G밸리 의료기기 개발지원센터 운영하는 병원 어디?']) {
      expect(answerQuestion(kb, q, AS_OF).text).toContain('고대구로병원');
    }
    // A labelled fact quoting a name (`「제9차 시티넷 총회」 참가 : '22.9.`) introduces nothing: the next event is not about it.
    expect(answerQuestion(kb, '제9차 시티넷 총회 어디서 열려', AS_OF).text).not.toContain('대전');
    // A task with its date names when, not who.
    expect(namesOrganisation("민간위탁 운영평가위원회 심의 및 의회 동의 : ~'23. 8.")).toBe(false);
    expect(answerQuestion(kb, '시네마테크 위탁기관 어디로 선정됐어', AS_OF).found).toBe(false);
  });

  it('counts what an overview states as its scale (규 모 : 스타트업(1,300여개)) before another count; 참여 and 집계 name nothing; a formal statement before the question is dropped', async () => {
    const kb = await realKnowledge();
    for (const q of ['트라이 에브리씽 스타트업 몇 개나 참여해', 'Try Everything 2022 행사 규모를 보도자료에 인용하려고 합니다. 참여 스타트업이 몇 개 정도인가요?']) {
      expect(answerQuestion(kb, q, AS_OF).text).toContain('1,300여개');
    }
    expect(isPredicate('합니다', false)).toBe(true);
    expect(answerQuestion(kb, 'ON서울 마켓 T-커머스 매출액이 얼마로 집계돼 있나요?', AS_OF).text).toContain('1,425');
    expect(answerQuestion(kb, '안심일자리 참여 소득기준 중위소득 몇 퍼센트 이하?', AS_OF).text).toContain('70%');
    // A booth count is still a booth count.
    expect(answerQuestion(kb, 'Try Everything 테크 스타트업 부스 몇 개', AS_OF).text).toContain('50개');
  });

  it('reads 규모 of a prize or grant (시상금, 상금, 지원금) as money, not a size', async () => {
    const kb = await realKnowledge();
    const prize = answerQuestion(kb, '서울혁신챌린지 결선 시상금이 어느 정도 규모인지 알려주실 수 있나요?', AS_OF);
    expect(prize.intent).toBe('budget');
    expect(prize.text).toContain('1~1.5억원');
    expect(answerQuestion(kb, 'G밸리 창업복지센터 규모', AS_OF).text).toContain('6,017㎡');
    expect(answerQuestion(kb, '서울혁신챌린지 예선 참가비 규모', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 한명당 as 1인당, 새로 as naming nothing and 들어간 as a verb', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '강소기업에서 청년 정규직 새로 뽑으면 회사가 한명당 최대 얼마 받을 수 있어?', AS_OF).text).toContain('1인 최대 15백만원');
    expect(answerQuestion(kb, '강소기업 근무환경개선금 1인당 최대 얼마야', AS_OF).text).toContain('15백만원');
    expect(answerQuestion(kb, '뉴딜일자리 1차 추경으로 들어간 금액이 얼마였죠?', AS_OF).text).toContain('8,719백만원');
    expect(answerQuestion(kb, '뉴딜일자리 2차 추경으로 들어간 금액이 얼마였죠?', AS_OF).text).not.toContain('8,719');
  });

  it('reads the office whose report it is as naming every line (경제정책실 정책비전), but never as the only name', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '경제정책실 정책비전 한줄로 뭐라고 돼있어?', AS_OF).text).toContain('다시 뛰는 글로벌 경제혁신 도시 서울');
    expect(answerQuestion(kb, '경제정책실 예산', AS_OF).text).toContain('706,246백만원');
    for (const q of ['2019년 경제정책실 예산 총액 얼마였어', '21년 경제정책실 전체 예산', '21년 전체 예산']) expect(answerQuestion(kb, q, AS_OF).found).toBe(false);
  });

  it('reads a number of companies asked without 몇 (입주 기업 수) as a count in 개사', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 입주 기업 수', AS_OF).text).toContain('12,754개사');
    expect(answerQuestion(kb, 'G밸리 입주기업 수', AS_OF).text).toContain('12,754개사');
    expect(answerQuestion(kb, 'ON서울마켓 지원기업 수', AS_OF).text).toContain('10,898');
    expect(answerQuestion(kb, '마곡 입주 기업 수', AS_OF).text).not.toContain('12,754');
  });

  it('reads what someone heard (… 서울 밖에 있다고 들었는데요) without its verbs: 있다고, 열린다고 are verbs, 이고 a particle, 밖에 and 중순 name nothing', async () => {
    const kb = await realKnowledge();
    expect(isPredicate('있다고', false)).toBe(true);
    expect(isPredicate('열린다고', false)).toBe(true);
    expect(stripParticle('행사이고')).toBe('행사');
    expect(answerQuestion(kb, '남부기술교육원은 서울 밖에 있다고 들었는데요, 정확히 어디에 위치해 있는지 알려주시겠어요?', AS_OF).text).toContain('경기도 군포시');
    expect(answerQuestion(kb, '10월 중순에 노들섬에서 뷰티먼스 연계 행사가 열린다고 들었는데, 무슨 행사이고 기간이 어떻게 되나요?', AS_OF).text).toContain('서울뮤직페스티벌');
    // What was heard still has to be in the report.
    expect(answerQuestion(kb, '부산기술교육원은 서울 밖에 있다고 들었는데요, 정확히 어디에 위치해 있는지 알려주시겠어요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads 과/와 joining two asking words (정원과 현원) as a joint, never a department's 과", async () => {
    const kb = await realKnowledge();
    expect(withoutJoint('정원과', (h) => h === '정원')).toBe('정원');
    expect(withoutJoint('일자리정책과', (h) => h === '정원')).toBe('일자리정책과');
    expect(withoutJoint('위치와', (h) => h === '위치')).toBe('위치');
    expect(withoutJoint('위치과', (h) => h === '위치')).toBe('위치과');
    expect(answerQuestion(kb, '경제정책실 전체 정원과 현원이 각각 몇 명인지 알려주세요.', AS_OF).text).toContain('정원 269명 / 현원 259명');
    expect(answerQuestion(kb, '일자리정책과 정원', AS_OF).text).toMatch(/일자리정책과: 정원 \d+명/);
  });

  it('drops a pointing word (이 회의가) from the topic, and ranks money asked by figures in money only', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '2022 세계도시정상회의 결과보고를 쓰고 있는데요, 이 회의가 어느 도시에서 열렸는지 확인 부탁드려요.', AS_OF).text).toContain('싱가포르');
    const money = answerQuestion(kb, 'G밸리 예산에서 창업복지센터랑 산업박물관 중 어디가 더 많아?', AS_OF).text;
    expect(money).toContain('산업박물관 23');
    expect(money).not.toContain('㎡');
    expect(answerQuestion(kb, 'R&D 지원과제 중에 지원금 젤 큰 분야 뭐야', AS_OF).text).toContain('5,700');
  });

  it('reads a word ending in ㅆ (끝났나요, 나갔어) as a past verb', async () => {
    const kb = await realKnowledge();
    expect(isPredicate('끝났', false)).toBe(true);
    expect(isPredicate('캠퍼스', false)).toBe(false);
    expect(answerQuestion(kb, 'G밸리 창업큐브 2차 입주기업 모집 끝났나요? 아는 회사가 신청하려고 해서요', AS_OF).text).toContain('2차 입주기업 모집');
    expect(answerQuestion(kb, 'G밸리 창업큐브 5차 입주기업 모집 끝났나요?', AS_OF).found).toBe(false);
  });

  it('reads 어느 학교 as asking for an organisation (운영대학 : 고려대, …), never 사관학교 어디 as one', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교는 어느 학교들에서 운영해요?', AS_OF).text).toContain('고려대');
    expect(answerQuestion(kb, '용산 취업사관학교 어디에 있어?', AS_OF).text).not.toContain(NOT_FOUND);
  });

  it('answers what a word means with the footnote defining it (PoC가 뭐임?, 서울어워드가 뭔가요)', async () => {
    const kb = await realKnowledge();
    expect(definesWord(['poc'])('2) PoC (Proof of Concept) : 기존 시장에 없던')).toBe(true);
    expect(definesWord(['poc'])('시애틀 현지 기업 매칭 및 PoC 지원')).toBe(false);
    expect(answerQuestion(kb, 'PoC가 뭐임?', AS_OF).text).toContain('Proof of Concept');
    expect(answerQuestion(kb, '서울어워드가 뭔가요', AS_OF).text).toContain('상품인증 지원사업');
    expect(answerQuestion(kb, 'MVP가 뭐임?', AS_OF).text).toContain(NOT_FOUND);
    // A note that makes the word its topic (`※ G밸리는 … 이니셜을 딴 명칭`), and 뜻/약자 name nothing.
    expect(answerQuestion(kb, 'G밸리가 뭐의 약자야?', AS_OF).text).toContain('서울디지털단지');
    expect(answerQuestion(kb, '프롭테크가 뭔 뜻이야', AS_OF).text).toContain('부동산시장');
  });

  it('reads 모자란 as a vacancy and 대비 as naming nothing (정원 대비 현원 제일 많이 모자란 과)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '정원 대비 현원 제일 많이 모자란 과는?', AS_OF).text).toContain('결원(정원-현원)이 가장 많은 부서는 뷰티패션산업과');
    expect(answerQuestion(kb, '현원 제일 많은 과는?', AS_OF).text).not.toContain('결원');
  });
});
