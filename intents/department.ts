import { answerOf, citationOf } from '../src/answer/compose';
import { cachedHaystack, containsAll, coverage, hardWords, matchTerms } from '../src/answer/matchScore';
import type { Intent } from './Intent';

const ASKS = /어느\s*과|어떤\s*과|무슨\s*과|어디\s*과|과가|과는|과야|담당|부서|소관|맡|하는\s*과|업무|기능|무슨\s*일|하는\s*일|뭐\s*해|뭐하|역할|주관/;

/** Department questions: `금융투자과 업무`, `시네마테크 담당 부서`. */
export const department: Intent = {
  name: 'department',
  detect: (q) => ASKS.test(q.text),
  answer(kb, q) {
    if (q.department) {
      const duty = kb.duties.find((d) => d.department === q.department);
      if (!duty) return null;
      return answerOf(q, 'department', {
        headline: `${duty.department}의 주요기능: ${duty.duties.join(' / ')}`,
        subject: duty.department,
        citations: [citationOf(duty.source)],
      });
    }
    const abouts = [q.topic, q.typedTopic].map((t) => t.replace(/(?<=^|\s)(?:과|과가|과는|과야|과에서|과이|과예요|부서\S*|소관\S*|담당\S*|맡\S*|하는|어디\S*)(?=\s|$)/g, ' ').trim());
    const ranked = kb.duties
      .map((d) => {
        const haystack = cachedHaystack(d, () => d.duties.join(' '));
        const score = Math.max(...abouts.map((about) => (containsAll(hardWords(about), haystack) ? coverage(matchTerms(about), haystack.terms) : 0)));
        return { d, score };
      })
      .sort((a, b) => b.score - a.score);
    const top = ranked[0];
    if (!top || top.score < 0.6) return null;
    const matching = top.d.duties.filter((duty) => abouts.some((about) => coverage(matchTerms(about), matchTerms(duty)) > 0));
    return answerOf(q, 'department', {
      headline: `${top.d.department} 소관입니다: ${matching.join(' / ')}`,
      subject: top.d.department,
      citations: [citationOf(top.d.source)],
    });
  },
};
