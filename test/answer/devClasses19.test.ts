import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { endsStatement, isPredicate, spacedVersus, tellsPast, withoutAmounts, withoutCountedNoun } from '../../src/text/grammar';
import { statedYears } from '../../src/dates/statedYears';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind41 (scored once before any answer change of stop 19, a dev set since), each tested both ways. */
describe('stop-19 classes', () => {
  it('reads any counter after 몇 as the question, with its ending (몇 위예요, 몇 차, 몇 단계)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 국제금융경쟁력 순위 몇 위예요', AS_OF).text).toContain('12위');
    expect(answerQuestion(kb, '서울 관광경쟁력 순위 몇 위예요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 사람 수 as the report\'s 인원 (a lexicon synonym)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '안심일자리 지금까지 참여한 사람 수', AS_OF).text).toContain('6,344명');
    expect(answerQuestion(kb, '희망두배 청년통장 참여한 사람 수', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 산하 (under) as a soft word: the office\'s own lines answer', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '경제정책실 산하 출연기관이 어디예요', AS_OF).text).toContain('서울산업진흥원');
    expect(answerQuestion(kb, '경제정책실 산하 공사 어디예요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a program described by what it does (생기는, 만드는, 키우는, 대비하는) by its other words', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'DDP에 생기는 뷰티 공간 만드는 데 드는 조성비', AS_OF).text).toContain('1,050백만원');
    expect(answerQuestion(kb, '캠퍼스타운 우수기업 키우는 동북권 지원센터 주소 좀', AS_OF).text).toContain('광진구 자양동 2-3');
    // The words that say which one still have to be in the report.
    expect(answerQuestion(kb, '부산에 생기는 뷰티 공간 만드는 데 드는 조성비', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년 농부 키우는 센터 주소', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads everyday words for the report\'s terms: 외상값 (매출채권), 기조연설자 (기조 연사)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '외상값 못 받을 때 대비하는 보험료 지원 기업별 최대 얼마', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, 'try everything 기조연설자 누구누구', AS_OF).text).toContain('타일러 코웬');
    expect(answerQuestion(kb, '외상값 대출 금리 얼마', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울뷰티위크 기조연설자 누구', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads what happened, told after the question (기업 대표가 전화로 문의했어요), as a story: only names in it count', async () => {
    expect(tellsPast('문의했어요')).toBe(true);
    expect(tellsPast('받았다.')).toBe(true);
    expect(tellsPast('있어요')).toBe(false);
    expect(endsStatement('문의했어요')).toBe(false);
    const kb = await realKnowledge();
    const asked = '외상값 못 받을 때 대비하는 보험료 지원, 한 회사당 최대 얼마까지 받을 수 있어요? 기업 대표가 전화로 문의했어요';
    expect(answerQuestion(kb, asked, AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '청년취업사관학교 부산캠퍼스 예산 얼마예요? 민원인이 전화로 문의했어요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a counter after 몇 with a joining ending (몇 개고 …) as the question, never as a mistyped word', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '마곡산단 입주계약 맺은 회사 몇 개고 그중 준공된 곳은 몇 개예요?', AS_OF);
    expect(answer.text).toContain('200개사');
    expect(answer.text).not.toContain('읽었습니다');
    expect(answerQuestion(kb, '마곡산단 임대계약 맺은 회사 몇 개고 그중 준공된 곳은 몇 개예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a series\' bracketed years ((19) 60.8 → (22) 60.9) as years: a year asked finds its series, another year does not', async () => {
    expect(statedYears('실업률(7월,%) : (21) 4.5 → (22) 3.3')).toEqual([2021, 2022]);
    // A count in a table cell is no year.
    expect(statedYears('경제정책과\t35/36\t(17)\t26/31')).toEqual([]);
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 실업률 작년 7월이랑 올해 7월', AS_OF).text).toContain('(22) 3.3');
    expect(answerQuestion(kb, '고용률 19년이랑 22년 비교', AS_OF).text).toContain('(19) 60.8');
    expect(answerQuestion(kb, '고용률 2018년', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads vs written onto both names (창작뜰vs배움뜰) as vs between them', async () => {
    expect(spacedVersus('창작뜰vs배움뜰 면적')).toBe('창작뜰 vs 배움뜰 면적');
    expect(spacedVersus('Canvas 위치')).toBe('Canvas 위치');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '창작뜰vs배움뜰 면적 어디가 더 커', AS_OF).text).toContain('1,728㎡');
    expect(answerQuestion(kb, '중부기술교육원vs북부기술교육원 훈련인원 어디가 많음', AS_OF).text).toContain('1,826');
    expect(answerQuestion(kb, '창작뜰vs놀이뜰 면적 어디가 더 커', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 출자 (what each party put into a fund) as a soft word: the fund\'s 조성내역 answers', async () => {
    const kb = await realKnowledge();
    const parts = answerQuestion(kb, '서울바이오펀드 정부 출자랑 민간 출자 각각 얼마?', AS_OF).text;
    expect(parts).toContain('2,032억');
    expect(parts).toContain('2,820억');
    expect(answerQuestion(kb, '서울바이오펀드 외국 출자 얼마', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 수탁법인 (the body entrusted) as the report\'s 위탁법인 row', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '북부 기술교육원 수탁법인 어디에요', AS_OF).text).toContain('남서울대학교');
    expect(answerQuestion(kb, '서부 기술교육원 수탁법인 어디에요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('ends a sentence at a request with no mark after it (알려주세요 현장 가봐야 해서요): the reason after it is background', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브 위치 알려주세요 현장 가봐야 해서요', AS_OF).text).toContain('소파로 126');
    expect(answerQuestion(kb, '부산큐브 위치 알려주세요 현장 가봐야 해서요', AS_OF).text).toContain(NOT_FOUND);
    // What follows the request and still asks is kept.
    expect(answerQuestion(kb, '서울큐브 위치 알려줘 예산도', AS_OF).text).not.toContain(NOT_FOUND);
  });

  it('reads 때문에 and 그러는데 as closing a clause of background (보고자료 때문에 그러는데 …)', async () => {
    const kb = await realKnowledge();
    const asked = '보고자료 때문에 그러는데 청년일자리 매칭 전담창구 리모델링비용이 얼마였는지 확인 부탁드립니다';
    expect(answerQuestion(kb, asked, AS_OF).text).toContain('75백만원');
    expect(answerQuestion(kb, '보고자료 때문에 그러는데 청년일자리 매칭 전담창구 인테리어 업체가 어디였는지 확인 부탁드립니다', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a question refused as typed again with the report\'s other word for the same thing (AI, 인공지능), and says so', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '양재 AI R&D 지원금액 얼마야', AS_OF).text;
    expect(answer).toContain('2,400백만원');
    expect(answer).toContain("'AI' → '인공지능'");
    // The campus the report writes with AI has no budget: the other reading must show 캠퍼스 too, and does not.
    expect(answerQuestion(kb, '양재 AI R&D 캠퍼스 총사업비 얼마야', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산 AI R&D 지원금액 얼마야', AS_OF).text).toContain(NOT_FOUND);
    // A Latin word is swapped whole only (AI is not in MAIN).
    expect(kb.lexicon.equivalents('MAIN 센터').length).toBe(0);
  });

  it('reads a verb told as heard (짓는다는, 한다는) as a verb, never a name', async () => {
    for (const verb of ['짓는다는', '짓는다', '한다는', '된다던']) expect(isPredicate(verb)).toBe(true);
    for (const noun of ['시네마테크', '바다', '상영관']) expect(isPredicate(noun)).toBe(false);
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '독립영화 상영관 짓는다는 시네마테크 어디에 지어?', AS_OF).text).not.toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산에 짓는다는 시네마테크 어디에 지어?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 위탁업체, 운영사 (the kind of body asked for) as soft words: the operator\'s line answers', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매칭 전담창구 누가 운영해? 위탁업체', AS_OF).text).toContain('인크루트');
    expect(answerQuestion(kb, '뷰티위크 누가 운영해? 위탁업체', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 하나당 (per one) as 당 (과제하나당 → 과제)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '테스트베드 서울 실증 과제하나당 최대 얼마까지 지원돼요?', AS_OF).text).toContain('4억원');
    expect(answerQuestion(kb, '테스트베드 부산 실증 과제하나당 최대 얼마까지 지원돼요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('counts companies asked with 군데 or 곳 as 개사: the word 기업 is said by the counter (G밸리 입주 기업 몇 군데)', async () => {
    expect(withoutCountedNoun('기업', '군데')).toBe('');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 입주 기업 몇 군데예요', AS_OF).text).toContain('12,754개사');
    expect(answerQuestion(kb, 'G밸리 1차 입주기업 몇 군데', AS_OF).text).toContain('9개사');
    expect(answerQuestion(kb, '부산 G밸리 입주 기업 몇 군데예요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('blind40 classes: a report word is never cut once its particle is off (한도가 → 한도), 사람 counted by 명, 한곳당 alone, 바꿔서 a verb, an aside clause after a comma', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '외상거래 보험료 지원 회사 한곳당 한도가 얼마야', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '안심일자리 지금까지 참여한 사람 몇명이에요 (8월말 기준)', AS_OF).text).toContain('6,344명');
    expect(answerQuestion(kb, '투자청 출자출연기관으로 바꿔서 출범하는 목표 시점이 언제야? 시의회 질의 대응용', AS_OF).text).toContain('2024년 6월');
    expect(answerQuestion(kb, '시네마테크 짓는곳 주소요, 보도자료 쓰는 중', AS_OF).text).toContain('38');
    expect(isPredicate('바꿔서')).toBe(true);
    // The same shapes about what the report does not have are refused.
    expect(answerQuestion(kb, '부산 시네마테크 짓는곳 주소요, 보도자료 쓰는 중', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '희망두배 청년통장 지금까지 참여한 사람 몇명이에요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '외상거래 대출 회사 한곳당 한도가 얼마야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a place by its circled topic\'s other lines (동북권 센터\'s 추진목적 says 스케일업)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운 우수기업 스케일업 센터(동북권) 위치가 어디야', AS_OF).text).toContain('광진구 자양동 2-3');
    expect(answerQuestion(kb, '캠퍼스타운 기업들 스케일업 돕는 동북권 유망기업 지원센터 어디 있어?', AS_OF).text).toContain('광진구 자양동 2-3');
    expect(answerQuestion(kb, '캠퍼스타운 우수기업 스케일업 센터(서남권) 위치가 어디야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 교육 as the report\'s 양성 when a question finds nothing as typed (an equivalence), never 채용', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '캠퍼스타운형 취업사관학교 총 몇 명 교육해?', AS_OF).text;
    expect(answer).toContain('총 300명');
    expect(answer).toContain("'교육' → '양성'");
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교 몇 명 채용해?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산형 취업사관학교 총 몇 명 교육해?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a department\'s calendar as the programs its duties name (국제협력 쪽 10월 일정), and never as every program\'s', async () => {
    const kb = await realKnowledge();
    expect([...(kb.match.departmentPrograms.get('국제협력과') ?? [])].map((id) => kb.sectionById.get(id)!.title)).toEqual(['서울시 내 국제기구 활동기반 조성, 국제회의 통한 정책교류']);
    const october = answerQuestion(kb, '국제협력 쪽 10월에 예정된 일정 뭐뭐 있어요?', AS_OF).text;
    expect(october).toContain('UCLG');
    expect(october).not.toContain('GITEX');
    expect(answerQuestion(kb, '국제협력과 23년 5월 일정', AS_OF).text).toContain('2023년 5월 국제협력과 일정이 없습니다');
    // A department whose duties name no program: not a calendar of everything.
    expect(answerQuestion(kb, '전략산업기반과 10월 일정', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 민간업체 이름 as an organisation asked: a line naming one answers', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년 일자리 전담창구 운영 맡은 민간업체 이름 뭐였지', AS_OF).text).toContain('인크루트');
    expect(answerQuestion(kb, '뷰티위크 운영 맡은 민간업체 이름 뭐였지', AS_OF).text).toContain(NOT_FOUND);
  });

  it('blind42 classes: a sum the asker believes (30억 맞죠, 40억 정도로 알고 있는데) is no name, a unit asked (백만원 단위로) names nothing, a formal statement before the question says', async () => {
    expect(withoutAmounts('추계 서울패션위크 예산 30억 맞죠').replace(/\s+/g, ' ').trim()).toBe('추계 서울패션위크 예산 맞죠');
    expect(withoutAmounts('시즌3 목표 17,000개사').trim()).toBe('시즌3 목표 17,000개사');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 서울패션위크 예산 30억 맞죠? 확인 좀요', AS_OF).text).toContain('3,000백만원');
    const believed = '서울형 청년인턴 직무캠프 소요예산이 40억 정도로 알고 있는데 정확한 금액이 얼마인지 확인 부탁드려도 될까요?';
    expect(answerQuestion(kb, believed, AS_OF).text).toContain('4,000백만원');
    expect(answerQuestion(kb, '양재 AI 혁신지구 22년 예산을 백만원 단위로 환산하면 얼마인가요?', AS_OF).text).toContain('262억원');
    expect(answerQuestion(kb, '시네마테크 위치 어딤? 중구 어디', AS_OF).text).toContain('마른내로 38');
    const afterStatement = '입사한 지 얼마 안 돼서 여쭤봅니다. 1자치구 1청년취업사관학교 종합계획은 언제 수립될 예정인가요?';
    expect(answerQuestion(kb, afterStatement, AS_OF).text).toContain('2022년 11월');
    // A sum believed never makes a program the report lacks answer, nor a statement that asks lose its question.
    expect(answerQuestion(kb, '추계 부산패션위크 예산 30억 맞죠? 확인 좀요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울시민 안심일자리 소요예산 가운데 구비 부담분이 얼마인지 궁금합니다. 자치구 협의 자료 때문에요.', AS_OF).text).not.toContain(NOT_FOUND);
  });

  it('reads what the asker believes after the question (공고는 7월에 났던 걸로 아는데요) without its dates, and 바뀜, 걸로 as grammar', async () => {
    const kb = await realKnowledge();
    const believed = '올해 서울형 강소기업 심의선정은 언제쯤 끝나는 걸로 되어 있나요? 공고는 7월에 났던 걸로 아는데요.';
    expect(answerQuestion(kb, believed, AS_OF).text).toContain('2022년 9월');
    expect(answerQuestion(kb, '기재부 올해 성장률 전망 작년12월이랑 6월 비교해서 어케 바뀜', AS_OF).text).toContain('2.6%');
    expect(answerQuestion(kb, '올해 부산형 강소기업 심의선정은 언제쯤 끝나는 걸로 되어 있나요? 공고는 7월에 났던 걸로 아는데요.', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never answers a question asking where (장소가 어디입니까) with a date (blind43\'s invented answer)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 바이오·의료 국제 컨퍼런스 개최 장소가 어디입니까?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울 바이오·의료 국제 컨퍼런스 언제 열려?', AS_OF).text).toContain('2022년 9월 29일');
    // Asked both when and where, the date still answers.
    expect(answerQuestion(kb, 'UCLG 총회 언제 어디서 해요', AS_OF).text).toContain('2022년 10월');
  });
});
