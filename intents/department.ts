import { answerOf, citationOf } from '../src/answer/compose';
import { containsAll, coverage, hardWords, matchTerms, namedWord } from '../src/answer/matchScore';
import { eitherParts, isNounWithTail, VERB_FORMS } from '../src/text/grammar';
import type { Intent } from './Intent';
import { topicOf } from '../src/answer/topicOf';
import { askedMonth } from '../src/dates/askedMonth';

/** Department questions: `금융투자과 업무`, `시네마테크 담당 부서`. */
export const department: Intent = {
  name: 'department',
  // `서울투자청 10월에 뭐해`: what happens in a month is the calendar's, not a department's duties.
  detect: (q, kb) => kb.lexicon.intent('department').asks(q.text) && !(askedMonth(q.text) !== null && kb.lexicon.intent('department').cue('doing').test(q.text)),
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
    // What the duty is, without `과가`, `담당하는`, `어디야`: the which-words and the owner cue.
    const owner = kb.lexicon.intent('department').cue('owner').words;
    const isOwnerWord = (w: string) => kb.lexicon.whichWords.some((which) => isNounWithTail(w, which)) || VERB_FORMS.includes(w) || owner.some((o) => w.startsWith(o));
    // `공단 관리나 공장 입지 문제`: either alternative is a duty to find.
    const topics = [q.topic, q.typedTopic, ...(eitherParts(q.text) ?? []).map((part) => topicOf(part, kb.vocabulary, kb.lexicon))];
    // `… 경제정책실 어느 과예요`: read without the office too, which names none of its departments.
    const offices = new Set(kb.documents.map((d) => d.office));
    const abouts = topics.flatMap((t) => {
      const words = t.split(/\s+/).filter((w) => w && !isOwnerWord(w));
      return [words.join(' '), ...(words.some((w) => offices.has(w)) ? [words.filter((w) => !offices.has(w)).join(' ')] : [])];
    });
    const readings = abouts.map((about) => ({ terms: matchTerms(about), named: hardWords(about, kb.lexicon).map((w) => namedWord(w)) }));
    const ranked = kb.match.duties
      .map(({ fact: d, names }) => {
        const score = Math.max(...readings.map(({ terms, named }) => (containsAll(named, names) ? coverage(terms, names.terms) : 0)));
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
