import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { spaceGlued } from '../../src/answer/spaceGlued';
import { withoutAsides } from '../../src/answer/withoutAsides';
import { isReportName } from '../../src/answer/isReportName';
import { isPredicate, stripParticle, withoutJoint } from '../../src/text/grammar';
import { namesOrganisation } from '../../src/text/valueShapes';
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
    const words = { vocabulary: kb.vocabulary, lexicon: kb.lexicon, isName: (w: string) => isReportName(kb, w) };
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
});
