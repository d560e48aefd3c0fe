import { loadKnowledge } from './src/knowledge/loadKnowledge';
import { analyzeQuestion } from './src/answer/analyzeQuestion';
import { makeCorrector } from './src/text/makeCorrector';
import { topicsOf } from './src/answer/rankFacts';
const kb = await loadKnowledge('./corpus');
for (const text of process.argv.slice(2)) {
const q = { ...analyzeQuestion(kb, text, makeCorrector(kb.corrections)), asOf: '2022-08-29' };
console.log(q.topic, '|', topicsOf(kb, q).map(t => t.required));
}
console.log(kb.milestones.filter(m => m.source.line===1135 || m.source.line === 832).map(m => [m.label, m.owner, m.when]));
