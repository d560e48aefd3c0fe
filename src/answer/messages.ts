import { hasFinalConsonant } from '../text/grammar';

/**
 * The fixed Korean texts of answers (not-found, ambiguity, citations), kept apart from the
 * matching code so wording can change without touching how questions are read.
 */
export const MESSAGES = {
  notFound: '보고서에서 찾을 수 없습니다',
  nothingAbout: (topic: string) => `${topic || '이 질문'}에 대한 내용이 없습니다`,
  emptyQuestion: '질문이 비어 있습니다',
  askSomething: '질문을 입력해 주세요. 예: 청년취업사관학교 개관 언제야?',
  whichProgram: '어느 사업을 말씀하시는지 골라 주세요.',
  nearPrograms: (titles: string[]) => `가까운 사업: ${titles.join(', ')}`,
  sourceLabel: '출처:',
  source: (section: string, title: string, line: number) => `${MESSAGES.sourceLabel} ${section} ${title} (${line}행)`,
  /** How a word of the question was read when it was not the report's (`'예싼' → '예산'`). */
  readAs: (pairs: { typed: string; read: string }[]) => {
    const last = pairs[pairs.length - 1]!.read;
    // 으로 after a final consonant other than ㄹ, 로 otherwise (`예산으로`, `위치로`, `서울로`).
    const final = hasFinalConsonant(last.slice(-1)) && (last.charCodeAt(last.length - 1) - 0xac00) % 28 !== 8;
    return `(${pairs.map((p) => `'${p.typed}' → '${p.read}'`).join(', ')}${final ? '으로' : '로'} 읽었습니다)`;
  },
} as const;
