import { describe, expect, it } from 'vitest';
import { statesContact, namesOrganisation, commaItems, countedBefore, countedThing, statesHour, listItems, unlistedCount, listsNames, mentionsAddress, statesAge, statesAnyCount, statesCount, statesPercent } from '../../src/text/valueShapes';

describe('value shapes', () => {
  it('sees a count, with the counter asked for or any', () => {
    expect(statesCount('참여대상 : 청년 350명', '명')).toBe(true);
    expect(statesCount('6만여명 참여', '명')).toBe(true);
    expect(statesCount('AI 양재 허브 입주기업과 연계', '개사')).toBe(false);
    // Places and companies are counted alike: `몇 군데` is answered by `68개사` or `7개소`, not by `414명`.
    expect(statesCount('참여기업 : 유망기업 68개사', '군데')).toBe(true);
    expect(statesCount("'22년말까지 총 7개소 조성", '곳')).toBe(true);
    expect(statesCount('인턴수요 414명', '군데')).toBe(false);
    expect(namesOrganisation('전담창구 운영기관 선정((주)인크루트)')).toBe(true);
    expect(namesOrganisation('민간위탁(서울산업진흥원)')).toBe(true);
    expect(namesOrganisation('교육기관 선정기준 강화, 직무별 전문 교육기관 선정 완료')).toBe(false);
    expect(namesOrganisation('(창작뜰) 디자인에서 재단까지 패션 제조공정의 디지털화 지원')).toBe(false);
    expect(namesOrganisation('자동재단실 등 공용 생산인프라 구축·운영')).toBe(false);
    expect(namesOrganisation('지자체와 신용보증기금 간 협약 체결')).toBe(true);
    expect(namesOrganisation('수탁기관 : 공동수급(디쓰리디, 한국패션실용전문학교)')).toBe(true);
    expect(namesOrganisation('전문운영기관 고대구로병원 지정')).toBe(true);
    expect(namesOrganisation("'22년 산·학·연·병원 협력 R&D")).toBe(false);
    expect(namesOrganisation('위치 : 동대문구 회기로 117-3(서울바이오허브 내)')).toBe(false);
    expect(statesAnyCount('※ 자동재단 584건(수혜금액 277백만원)')).toBe(true);
    expect(statesAnyCount('계\t\t1,269\t198\t22,000')).toBe(true);
    expect(statesAnyCount('사업개요')).toBe(false);
  });

  it('sees a percentage, an age, an address and a list', () => {
    expect(statesPercent('직무교육 수료 291명(83.1%)')).toBe(true);
    expect(statesPercent('직무교육 수료 291명')).toBe(false);
    expect(statesPercent('실업률(7월,%) : (21) 4.5 → (22) 3.3')).toBe(true);
    expect(statesPercent('비율(%)')).toBe(false);
    expect(countedThing('패션쇼 몇개 쇼야')).toBe('쇼');
    expect(countedThing('몇 개 캠퍼스야')).toBe('캠퍼스');
    expect(countedThing('몇 개소야')).toBe(null);
    expect(countedThing('몇개야')).toBe(null);
    expect(listItems('단위형 5개소(강서대, 국민대, 덕성여대, 명지전문대, 한성대)')).toBe(5);
    expect(listItems('총 300명')).toBe(1);
    expect(statesAge('만 15세 이상 서울시민')).toBe(true);
    expect(statesAge('15개 학과')).toBe(false);
    expect(mentionsAddress('서울시 중구 마른내로 38(초동)')).toBe(true);
    expect(mentionsAddress('개관 : 2022년 11월')).toBe(false);
    expect(listsNames('수탁기관 : 공동수급(디쓰리디, 한국패션실용전문학교)')).toBe(true);
    expect(listsNames('심의선정(22.9월말)')).toBe(false);
  });

  it('sees a count of things a line does not name, and comma-separated names', () => {
    expect(unlistedCount('지역 의류제조업체 경쟁력 강화 지원(권역별 운영, 3개소)')).toBe(3);
    expect(unlistedCount('단위형 5개소(강서대, 국민대, 덕성여대, 명지전문대, 한성대)')).toBe(null);
    expect(unlistedCount('총 6,026명')).toBe(null);
    expect(commaItems("동북권('09.11), 서북권('18.8), 남부권('17.9) 3개소 운영 중")).toBe(3);
    expect(commaItems('공용 생산인프라 구축·운영, 특수 봉제장비 임대지원 등')).toBe(2);
  });

  it('sees a time of day, not a count of hours', () => {
    expect(statesHour('운영시간 : 10:00~18:00')).toBe(true);
    expect(statesHour('평일 오전 9시부터')).toBe(true);
    expect(statesHour('1일 6시간 이내')).toBe(false);
    expect(statesHour("개관 : '22. 9. 30.")).toBe(false);
  });

  it('sees a short noun counted before 몇 개, not a long name', () => {
    expect(countedBefore('추계 패션위크 신진디자이너 쇼 몇 개야')).toBe('쇼');
    expect(countedBefore('청년취업사관학교 몇 개야')).toBe(null);
    expect(countedBefore('쇼 몇 개 캠퍼스야')).toBe(null);
  });

  it('sees a way to reach someone: a web address, a phone number, an e-mail', () => {
    expect(statesContact('문의 : 02-2133-5000')).toBe(true);
    expect(statesContact('www.seoul.go.kr 참조')).toBe(true);
    expect(statesContact('담당 : econ@seoul.go.kr')).toBe(true);
    expect(statesContact('입장권 사전 온라인 발권(8.23부터 사전등록 중)')).toBe(false);
    expect(statesContact("'22.10.10(월) ~ 10.15(토)")).toBe(false);
  });
});
