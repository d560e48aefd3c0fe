import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { spaceGlued } from '../../src/answer/spaceGlued';
import { withoutAsides } from '../../src/answer/withoutAsides';
import { asideWordsOf } from '../../src/answer/analyzeQuestion';
import { isPredicate, stripParticle } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind36 and blind37 (each scored once before any change of stop 18, dev sets since), each tested both ways. */
describe('stop-18 classes', () => {
  it('reads a question typed without spaces that ends in a question word (서울큐브위치어디)', async () => {
    const kb = await realKnowledge();
    const glue = kb.lexicon.glue;
    expect(spaceGlued('서울큐브위치어디', glue)).toBe('서울큐브 위치 어디');
    expect(spaceGlued('투자청올해예산얼마', glue)).toBe('투자청 올해 예산 얼마');
    expect(spaceGlued('금융투자과현원몇명?', glue)).toBe('금융투자과 현원 몇명?');
    expect(answerQuestion(kb, '서울큐브위치어디', AS_OF).text).toContain('소파로 126');
    expect(answerQuestion(kb, '투자청올해예산얼마', AS_OF).text).not.toContain(NOT_FOUND);
    // Words the report uses, a question word that starts a word, and report compounds stay whole.
    for (const kept of ['청년취업사관학교 예산', '남부기술교육원 어디있어', '며칠부터', '공정경제과는 무슨 일', '몇시까지']) expect(spaceGlued(kept, glue)).toBe(kept);
    // Spaced or not, a place the report does not have is still not in it.
    expect(answerQuestion(kb, '부산큐브위치어디', AS_OF).text).toContain(NOT_FOUND);
  });

  it('says nothing of the kind happens in the period asked, rather than answering with a passage dated otherwise', async () => {
    const kb = await realKnowledge();
    const none = answerQuestion(kb, '23년 1월에 개관하는 시설 뭐 있어?', AS_OF);
    expect(none.found).toBe(false);
    expect(none.text).toContain('2023년 1월 개관 일정이 없습니다');
    expect(answerQuestion(kb, '22년 11월에 개관하는 시설 뭐 있어?', AS_OF).text).toContain('용산');
    // A program named with its year is still answered from its own lines.
    expect(answerQuestion(kb, '23년 캠퍼스타운 종합형 선정된 대학 어디야', AS_OF).found).toBe(true);
  });

  it('reads 위탁기관, 운영기관 and 어디에 민간위탁 asked where as an organisation, and 준거 as a verb', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울형 R&D 지원 위탁기관 어디야', AS_OF).text).toContain('서울산업진흥원');
    expect(answerQuestion(kb, '서울형 R&D 지원사업은 어디에 민간위탁 준거예요?', AS_OF).text).toContain('서울산업진흥원');
    expect(answerQuestion(kb, '전담창구 어디에 맡겼어?', AS_OF).text).toContain('인크루트');
    // Asked when, the same word asks for a date, not an organisation.
    expect(answerQuestion(kb, '시네마테크 위탁기관 공모·선정 언제까지?', AS_OF).text).toContain('2023년 10월');
    // A programme the report does not have still has no operator.
    expect(answerQuestion(kb, '서울 드론센터 위탁기관 어디야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('names a table row as a verb and its noun (지원한 기업 → 지원기업 수) and a count column without its count word', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'ON서울마켓 라이브커머스로 지원한 기업 몇개?', AS_OF).text).toMatch(/지원기업 수 — 라이브커머스: 29/);
    const received = answerQuestion(kb, '바이오·의료 R&D 접수과제 몇 건', AS_OF).text;
    expect(received).toContain('접수과제 수: 246');
    expect(received).not.toContain('지원금액');
    // A channel the table does not have is not answered from it.
    expect(answerQuestion(kb, 'ON서울마켓 홈쇼핑으로 지원한 기업 몇개?', AS_OF).text).not.toContain('29');
  });

  it('never lets a short name take a word of a listed pair (홍릉 바이오·의료 R&D is not 홍릉 바이오 + 의료)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'R&D 지원 표에서 홍릉 바이오·의료 R&D 접수과제 몇 건이야', AS_OF).text).toContain('246');
    expect(answerQuestion(kb, '홍릉 바이오 클러스터 예산', AS_OF).text).toContain('홍릉 일대 글로벌 바이오 클러스터');
  });

  it("reads a year column as people write it ('21년 is 21년, 21년도, 2021년) and a column named without a row as the total row", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '혁신성장펀드 21년 조성액', AS_OF).text).toContain('8,342');
    expect(answerQuestion(kb, '미래혁신성장펀드 2021년도 창업지원 분야 조성액', AS_OF).text).toContain('2,488');
    // A year the table does not have is not answered from it.
    expect(answerQuestion(kb, '혁신성장펀드 18년 조성액', AS_OF).text).not.toContain('8,342');
  });

  it('reads a statement after the question (… 정확한 주소가 필요합니다) as background that keeps only names, and 는지 before a request as a verb', async () => {
    const kb = await realKnowledge();
    const words = asideWordsOf(kb);
    expect(withoutAsides('양재 AI지원센터 어디에 짓는지 알려주세요. 정확한 주소가 필요합니다', words)).toBe('양재 AI지원센터 어디에 짓는지 알려주세요.');
    expect(isPredicate('짓는지', false)).toBe(true);
    expect(isPredicate('홈페이지', false)).toBe(false);
    expect(stripParticle('별관이라고만')).toBe('별관');
    const q = '양재 AI지원센터 어디에 짓는지 알려주세요. 舊 품질시험소 별관이라고만 들어서 정확한 주소가 필요합니다';
    expect(answerQuestion(kb, q, AS_OF).text).toContain('태봉로 108');
    // A statement that names a place the report has keeps it, and the answer must hold it.
    expect(answerQuestion(kb, '청년취업사관학교 위치 알려주세요. 부산캠퍼스 기준입니다.', AS_OF).text).not.toContain('영등포');
  });

  it('reads 어때 as a question word, English duty/headcount as 업무/인원, and a past verb before a noun (유치했다는) as a verb', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 실업률 22년 7월 작년이랑 비교하면 어때?', AS_OF).text).toContain('(21) 4.5 → (22) 3.3');
    expect(answerQuestion(kb, '일자리정책과 duty 뭐있어', AS_OF).text).toContain('직업훈련계획');
    expect(answerQuestion(kb, '금융투자과 headcount', AS_OF).text).toContain('정원 24명');
    expect(isPredicate('유치했다', false)).toBe(true);
    expect(answerQuestion(kb, 'KOICA 사업 유치했다는 기술교육원 어디?', AS_OF).text).toContain('남부기술교육원');
    // What the report does not have stays refused however it is asked.
    expect(answerQuestion(kb, '부산 실업률 작년이랑 비교하면 어때?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, 'UNESCO 사업 유치했다는 기술교육원 어디?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads an event glued to 예정/시기/시점/일정 (준공예정) as the event', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 다목적 체육관 준공예정', AS_OF).text).toContain('2023년 12월');
    expect(answerQuestion(kb, '부산 체육관 준공예정', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads a ranked column's other headers as naming its table (지원과제 중에 지원금액 젤 큰 사업)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울형 R&D 지원과제 중에 지원금액 젤 큰 사업', AS_OF).text).toContain('바이오·의료 R&D 5,700');
    expect(answerQuestion(kb, '신성장 거점별 정책 R&D 중에 지원금 가장 많은 분야', AS_OF).text).toContain('5,700');
    // A column no table has is still not ranked.
    expect(answerQuestion(kb, 'R&D 지원과제 중 특허건수 젤 많은 사업', AS_OF).text).not.toContain('5,700');
  });
});
