import { readCorpus } from './src/corpus/readCorpus';
import { makeFactContext } from './src/facts/FactContext';
import { extractTableRows } from './src/facts/extractTableRows';
import { toReportLines } from './src/parse/ReportLine';
import { parseSections } from './src/parse/parseSections';
import { normalizeLine } from './src/text/normalizeLine';
import { makeCorrector } from './src/text/makeCorrector';
import { stripMarkup } from './src/text/stripMarkup';
const corpus = await readCorpus('./corpus');
const doc = corpus.documents[0]!;
const correct = makeCorrector(corpus.corrections);
const lines = toReportLines(stripMarkup(doc.text), (r) => normalizeLine(r, correct));
const sections = parseSections(doc.meta.id, lines);
const ctx = makeFactContext(doc.meta.id, 2022, '2022-08-29', lines, sections);
let t = '';
for (const f of extractTableRows(ctx)) {
  if (f.table !== t) { t = f.table; console.log(`## ${f.table} [${f.owner.slice(0,20)}] caption=${f.caption?.slice(0,40)} unit=${f.unit} headers=${JSON.stringify(f.headers)}`); }
  console.log(' ', f.source.line, f.isTotal ? 'TOTAL' : '', JSON.stringify(f.label.slice(0,40)), f.quantities.map(q => q ? `${q.value}${q.unit}` : '-').join(' | '));
}
