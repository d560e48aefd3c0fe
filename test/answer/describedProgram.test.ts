import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { describedProgram } from '../../src/answer/describedProgram';
import { pointsAt } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** blind55's class: a program named by what it does, then asked about in the next sentence. */
describe('a program described by what it does', () => {
  it('finds the program a clause describes only when one program fits far better than the next', async () => {
    const kb = await realKnowledge();
    expect(describedProgram(kb, '중구 초동에 영화 전문 상영관 짓는 사업')).toContain('시네마테크');
    expect(describedProgram(kb, '만화·웹툰·애니 기업들이 들어가는 융합콘텐츠 시설을 새로 짓는 거')).toContain('서울큐브');
    // Several programs fit about as well, or the clause names too little: no program.
    expect(describedProgram(kb, '우주 발사체 만드는 기업 도와주는 사업')).toBeNull();
    expect(describedProgram(kb, '그 사업')).toBeNull();
  });

  it('answers the next sentence about the described program, saying how it read the description', async () => {
    expect(pointsAt('청년들 디지털 교육시켜서 취업까지 연결해 주는 그 학교 있잖아요..')).toBe(true);
    expect(pointsAt('청년취업사관학교 예산 얼마야?')).toBe(false);
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '청년들 디지털 교육시켜서 취업까지 연결해 주는 그 학교 있잖아요.. 거기 소요예산이 전부 얼마로 잡혀 있는지 여쭤봐도 될까요?', AS_OF).text;
    expect(answer).toContain('20,255백만원');
    expect(answer).toContain("→ '청년취업사관학교");
    expect(answerQuestion(kb, '중구 초동에 영화 전문 상영관 짓는 사업이요, 총사업비 중에 국비는 얼마나 들어가나요?', AS_OF).text).toContain('국비 161백만원');
    // What the described program does not give, a city the report lacks, or a description fitting nothing, stays refused.
    expect(answerQuestion(kb, '중구 초동에 영화 전문 상영관 짓는 사업이요, 입장료는 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '부산에서 청년 창업 도와주는 사업 있잖아요, 예산 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '우주 발사체 만드는 기업 도와주는 사업 있잖아요, 예산 얼마예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads what someone heard as a description too (… 새로 짓고 있다던데,), keeping the places it names', async () => {
    expect(pointsAt('바이오 기업들 해외진출 돕는 건물을 바이오허브 안에 새로 짓고 있다던데,')).toBe(true);
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '바이오 기업들 해외진출 돕는 건물을 바이오허브 안에 새로 짓고 있다던데, 완공이 언제인가요?', AS_OF).text).toContain("'23.5.");
    expect(answerQuestion(kb, '청년 구직자랑 기업을 직접 이어주는 전용 창구가 7월에 문 열었다던데, 그게 어디에 있나요?', AS_OF).text).toContain('중구 장교동');
    // A city the report lacks, or what the program does not give, stays refused.
    expect(answerQuestion(kb, '부산에도 청년 취업 교육하는 학교가 생긴다던데, 언제 개관해요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년 구직자랑 기업을 직접 이어주는 전용 창구가 7월에 문 열었다던데, 전화번호가 뭐예요?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads 끝난 and 분들 in what a described program is asked (인턴십 끝난 분들 정규직으로 연결해 주는 지원)', async () => {
    const kb = await realKnowledge();
    const ask = (what: string) => answerQuestion(kb, `기업이랑 교육기관이 같이 하는 청년 인턴 사업이요, 인턴십 끝난 분들 ${what} 지원은 언제 하나요?`, AS_OF).text;
    expect(ask('정규직으로 연결해 주는')).toContain('2022년 11월');
    expect(ask('해외연수 보내주는')).toContain(NOT_FOUND);
  });
});

