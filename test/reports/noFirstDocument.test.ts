import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('no code assumes one report', () => {
  it('never reads the first document or writes an office or report date into code', () => {
    const offenders: string[] = [];
    for (const file of [...sources(path.join(root, 'src')), ...sources(path.join(root, 'intents'))]) {
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
      code.forEach((line, i) => {
        if (/documents\s*(\[\s*0\s*\]|\.at\(\s*0\s*\))|주요 업무보고\(2022|2022년 9월\)/.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
