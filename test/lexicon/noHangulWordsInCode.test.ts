import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['src/answer', 'src/search', 'intents'];
/** Where Korean may be written in the scanned folders: the answers' fixed texts (the grammar module, src/text/grammar/, is outside them). */
const EXEMPT = new Set(['src/answer/messages.ts']);
const HANGUL = /[가-힣]/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Hangul regexes, Hangul word lists and `|`-joined Hangul alternatives in one source file. */
export function hangulWordsIn(source: string, name = 'file.ts'): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const isHangulString = (n: ts.Node) => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && HANGUL.test(n.text);
  const visit = (node: ts.Node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (ts.isRegularExpressionLiteral(node) && HANGUL.test(node.text)) found.push(`${line}: regex ${node.text}`);
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.some((a) => HANGUL.test(a.getText()))) found.push(`${line}: new RegExp with Hangul`);
    if (ts.isArrayLiteralExpression(node) && node.elements.filter(isHangulString).length >= 2) found.push(`${line}: word list ${node.getText().slice(0, 60)}`);
    if (isHangulString(node) && /[가-힣]\|[가-힣]/.test((node as ts.StringLiteral).text)) found.push(`${line}: alternatives ${node.getText()}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no Hangul word lists or regexes in the matching code', () => {
  it('finds them where they would be (the scanner works)', () => {
    expect(hangulWordsIn("const ASKS = /예산|사업비/;")).toHaveLength(1);
    expect(hangulWordsIn("const WORDS = new Set(['예산', '사업비']);")).toHaveLength(1);
    expect(hangulWordsIn("const re = new RegExp('예산' + x);")).toHaveLength(1);
    expect(hangulWordsIn("const alt = '예산|사업비';")).toHaveLength(1);
    expect(hangulWordsIn("const text = `${a}의 예산`; const words = ['budget', 'money']; const re = /\\d+/;")).toHaveLength(0);
  });

  it.each(SCANNED)('keeps words in corpus/lexicon.json and grammar in src/text/grammar/: %s', (dir) => {
    const problems = files(dir)
      .filter((f) => !EXEMPT.has(relative(ROOT, join(ROOT, f))))
      .flatMap((f) => hangulWordsIn(readFileSync(join(ROOT, f), 'utf8'), f).map((p) => `${f}:${p}`));
    expect(problems).toEqual([]);
  });
});
