import { ambiguous, answerOf, citationOf } from '../src/answer/compose';
import { MIN_MATCH, rankFacts, tiedPrograms } from '../src/answer/rankFacts';
import type { Intent } from './Intent';

/** Location questions: `홍릉 바이오허브 어디야`, `영등포 캠퍼스 주소`. */
export const location: Intent = {
  name: 'location',
  detect(q, kb) {
    const calendar = kb.lexicon.intent('calendar');
    // `애니센터 자리에 짓는 새 건물 개관 언제함` asks when (건물 names the thing, not a place asked): the schedule intent's.
    if (calendar.cue('when').test(q.text) && !kb.lexicon.intent('location').cue('where').test(q.text)) return false;
    return kb.lexicon.intent('location').asks(q.text);
  },
  answer(kb, q) {
    // `면적`, `규모` ask for the area: a place without one does not answer.
    const wantsArea = kb.lexicon.intent('location').cue('area').test(q.text);
    const ranked = rankFacts(kb, q, kb.match.locations, (l) => !wantsArea || l.area !== null);
    const top = ranked[0];
    if (!top || top.score < MIN_MATCH) return null;
    const tied = tiedPrograms(kb, ranked, (l) => l.name);
    if (tied.length) return ambiguous(q, 'location', tied.map((t) => ({ title: t.title, question: `${t.context} ${t.fact.name} 위치`.trim() })));
    const same = ranked.filter((r) => r.score >= top.score - 0.001).map((r) => r.fact);
    const main = same[0]!;
    const others = same.slice(1, 4);
    const describe = (l: typeof main) => `${l.address}${l.area ? ` (면적 ${l.area})` : ''}`;
    return answerOf(q, 'location', {
      headline: wantsArea && main.area ? `${main.name}의 면적(규모): ${main.area} · 위치 ${main.address}` : `${main.name}: ${describe(main)}`,
      details: others.map((l) => `${l.name}: ${describe(l)}`),
      subject: main.name,
      fields: [
        { label: '주소', value: main.address },
        ...(main.area ? [{ label: '면적', value: main.area }] : []),
        ...(main.district ? [{ label: '자치구', value: main.district }] : []),
      ],
      citations: [citationOf(main.source), ...others.map((l) => citationOf(l.source))],
    });
  },
};
