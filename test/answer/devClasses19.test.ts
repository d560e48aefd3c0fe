import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { endsStatement, isPredicate, spacedVersus, tellsPast } from '../../src/text/grammar';
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
});
