import { describe, expect, it } from 'vitest';
import { cleanCommandText } from '../../src/slack/commands/cleanCommandText';
import { MAX_QUESTION_CHARS, parseEconText } from '../../src/slack/commands/parseEconText';

describe('parseEconText', () => {
  it('reads subcommands by their first word, in English or Korean', () => {
    expect(parseEconText('')).toEqual({ kind: 'help' });
    expect(parseEconText('   ')).toEqual({ kind: 'help' });
    expect(parseEconText('HELP')).toEqual({ kind: 'help' });
    expect(parseEconText('도움말')).toEqual({ kind: 'help' });
    expect(parseEconText('stats')).toEqual({ kind: 'stats' });
    expect(parseEconText('reload')).toEqual({ kind: 'reload' });
    expect(parseEconText('digest')).toEqual({ kind: 'digest', asOf: null });
    expect(parseEconText('digest 2022-10-31')).toEqual({ kind: 'digest', asOf: '2022-10-31' });
  });

  it('rejects an impossible digest date', () => {
    expect(parseEconText('digest 2022-02-30')).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/날짜 형식/) });
  });

  it('treats anything else as a question, including English names and acronyms', () => {
    expect(parseEconText('청년취업사관학교 예산')).toEqual({ kind: 'question', question: '청년취업사관학교 예산' });
    expect(parseEconText('DMC')).toEqual({ kind: 'question', question: 'DMC' });
    expect(parseEconText('try everything 일정')).toEqual({ kind: 'question', question: 'try everything 일정' });
  });

  it('explains a lone unknown lower-case word as an unknown subcommand', () => {
    expect(parseEconText('relaod')).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/알 수 없는 명령입니다: "relaod"/) });
  });

  it('rejects letterless and overlong questions in Korean', () => {
    expect(parseEconText('?? !!')).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/글자나 숫자가 없습니다/) });
    expect(parseEconText('가'.repeat(MAX_QUESTION_CHARS + 1))).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/너무 깁니다/) });
    expect(parseEconText('가'.repeat(MAX_QUESTION_CHARS))).toMatchObject({ kind: 'question' });
  });
});

describe('cleanCommandText', () => {
  it('undoes Slack markup and entities', () => {
    expect(cleanCommandText('&lt;!channel&gt; &amp; <@U123|민지> <#C1|general> <!here> <https://x.org|링크> <https://y.org>')).toBe(
      '<!channel> & @민지 #general @here 링크 https://y.org',
    );
  });

  it('removes invisible and control characters and normalises spaces and full-width letters', () => {
    expect(cleanCommandText('\u200b\u202eＡＩ지원센터\u00a0\u3000위치\t\n\u0007 ')).toBe('AI지원센터 위치');
    expect(cleanCommandText('예산\ud800')).toBe('예산');
    // Decomposed Hangul (NFD) becomes the usual composed form.
    expect(cleanCommandText('예산'.normalize('NFD'))).toBe('예산');
  });
});
