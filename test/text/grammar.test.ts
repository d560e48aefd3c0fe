import { describe, expect, it } from 'vitest';
import {
  askedCounter,
  askedWhich,
  isKnownWithTail,
  isPredicate,
  splitJoined,
  stripParticle,
  stripShortParticle,
  withoutDayOrMonth,
  withoutPer,
  withoutCountedNoun,
  withoutVerbTail,
} from '../../src/text/grammar';

describe('grammar', () => {
  it('strips particles where they fit, joining ones included, never 과 of a department', () => {
    expect(stripParticle('정원이랑')).toBe('정원');
    expect(stripParticle('시설들')).toBe('시설');
    expect(stripParticle('학과개편때')).toBe('학과개편');
    expect(stripParticle('평가')).toBe('평가');
    expect(stripParticle('일자리정책과')).toBe('일자리정책과');
  });

  it('reads a one-syllable word with its particle or ending only when the word is known', () => {
    const known = (w: string) => ['시', '거'].includes(w);
    expect(stripShortParticle('시가', known)).toBe('시');
    expect(stripShortParticle('거야', known)).toBe('거');
    expect(stripShortParticle('부가', known)).toBe('부가');
  });

  it('takes the noun out of a noun made a verb', () => {
    expect(withoutVerbTail('협약하')).toBe('협약');
    expect(withoutVerbTail('채용하면')).toBe('채용');
    expect(withoutVerbTail('운영중')).toBe('운영');
    expect(withoutVerbTail('하')).toBe('하');
  });

  it('reads 당 (per) after a count or a known noun only', () => {
    const known = (w: string) => w === '과제';
    expect(withoutPer('과제당', known)).toBe('과제');
    expect(withoutPer('1인당', known)).toBe('1인');
    expect(withoutPer('청년수당', known)).toBe('청년수당');
  });

  it('tells verb forms from names', () => {
    for (const verb of ['정해진', '한대', '열렸어', '조성됐어', '있음', '짓는거', '하는건', '여는게', '하냐', '있냐']) expect(isPredicate(verb), verb).toBe(true);
    // A past participle with 게 still says what happened (`처음 맺은게`): kept as a word.
    for (const word of ['맺은게', '거래']) expect(isPredicate(word), word).toBe(false);
    for (const name of ['예산', '캠퍼스타운', '부산']) expect(isPredicate(name), name).toBe(false);
    // A linking 서 is a verb's (`해서`, `있어서`) or a particle's (`관에서`); a noun's 서 is not (`증명서`, `신청서`).
    for (const verb of ['해서', '와서', '있어서', '관에서', '받으려면']) expect(isPredicate(verb), verb).toBe(true);
    for (const noun of ['증명서', '신청서', '제안서']) expect(isPredicate(noun), noun).toBe(false);
    // Honorific verbs and "if" (a citizen's question relayed): `아세요`, `계세요`, `좋아하시는`, `들면`, `뽑히면`.
    for (const verb of ['아세', '계세', '좋아하시', '좋아하시는', '물어보셔서', '들면', '뽑히면', '나오면', '하시면']) expect(isPredicate(verb), verb).toBe(true);
    for (const noun of ['화면', '측면', '대면', '추세', '전시', '서울시', '도시']) expect(isPredicate(noun), noun).toBe(false);
  });

  it('knows a known word with a tail', () => {
    const known = (w: string) => w === '운영';
    expect(isKnownWithTail('운영해', known)).toBe(true);
    expect(isKnownWithTail('운영비', known)).toBe(false);
  });

  it('leaves months and days out of a topic, never years', () => {
    expect(withoutDayOrMonth('22년 11월에 개관하는 곳').replace(/\s+/g, ' ')).toBe('22년 개관하는 곳');
    expect(withoutDayOrMonth('9월 30일에 문 여는 공간').replace(/\s+/g, ' ').trim()).toBe('문 여는 공간');
    expect(withoutDayOrMonth('2019년 예산')).toBe('2019년 예산');
  });

  it('splits a question naming two things joined by 랑 / 하고 / 와 / 및, never at 과', () => {
    expect(splitJoined('서울큐브랑 시네마테크 예산')).toEqual(['서울큐브 예산', '시네마테크 예산']);
    expect(splitJoined('청년인턴 직무캠프하고 서울큐브 예산')).toEqual(['청년인턴 직무캠프 예산', '서울큐브 예산']);
    expect(splitJoined('G밸리와 마곡 위치')).toEqual(['G밸리 위치', '마곡 위치']);
    expect(splitJoined('일자리정책과 금융투자과 정원')).toBeNull();
    expect(splitJoined('서울큐브 예산')).toBeNull();
  });

  it('reads the counter asked for, a percentage being no count', () => {
    expect(askedCounter('몇 명이야')).toBe('명');
    expect(askedCounter('몇개소')).toBe('개소');
    expect(askedCounter('몇 프로야')).toBeNull();
  });

  it('leaves out the noun a counter counts, only with that counter and two syllables left', () => {
    expect(withoutCountedNoun('입주기업', '개사')).toBe('입주');
    expect(withoutCountedNoun('참여업체', '개사')).toBe('참여');
    expect(withoutCountedNoun('입주기업', '명')).toBe('입주기업');
    expect(withoutCountedNoun('기업', '개사')).toBe('');
    expect(withoutCountedNoun('입주기업', null)).toBe('입주기업');
    expect(withoutCountedNoun('기업수', '개')).toBe('');
    expect(withoutCountedNoun('기업수', '명')).toBe('기업수');
  });

  it('reads the noun asked which of, without its particles', () => {
    expect(askedWhich('캠퍼스타운형 취업사관학교 어느 대학들에서 운영해?')).toBe('대학');
    expect(askedWhich('어떤 기관이 맡아')).toBe('기관');
    expect(askedWhich('청년취업사관학교 어디야')).toBeNull();
  });
});


describe('isPredicate: nouns ending as a verb made noun does', () => {
  it('reads two syllables with an open first (게임, 모임, 처음) as a noun, a closed stem (있음, 열림) as a verb', async () => {
    const { isPredicate } = await import('../../src/text/grammar');
    expect(isPredicate('게임')).toBe(false);
    expect(isPredicate('모임')).toBe(false);
    expect(isPredicate('있음')).toBe(true);
    expect(isPredicate('열림')).toBe(true);
    expect(isPredicate('예정임')).toBe(true);
  });
});

describe('asksPercent', () => {
  it('reads 몇 %, 몇 퍼센트 and 몇 프로 as a percentage asked, never 비중 in a word', async () => {
    const { asksPercent } = await import('../../src/text/grammar');
    expect(asksPercent('집행률 몇 %?')).toBe(true);
    expect(asksPercent('집행률 몇 퍼센트야')).toBe(true);
    expect(asksPercent('시네마테크 총사업비중 국비 얼마')).toBe(false);
    expect(asksPercent('직원 몇 명')).toBe(false);
  });
});
