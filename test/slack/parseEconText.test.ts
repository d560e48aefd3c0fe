import { describe, expect, it } from 'vitest';
import { cleanCommandText } from '../../src/slack/commands/cleanCommandText';
import { MAX_QUESTION_CHARS, MAX_RAW_TEXT_CHARS, parseEconText } from '../../src/slack/commands/parseEconText';

describe('parseEconText', () => {
  it('reads subcommands by their first word, in English or Korean', () => {
    expect(parseEconText('')).toEqual({ kind: 'help' });
    expect(parseEconText('   ')).toEqual({ kind: 'help' });
    expect(parseEconText('HELP')).toEqual({ kind: 'help' });
    expect(parseEconText('도움말')).toEqual({ kind: 'help' });
    expect(parseEconText('stats')).toEqual({ kind: 'stats' });
    expect(parseEconText('reload')).toEqual({ kind: 'reload', force: false });
    expect(parseEconText('reload force')).toEqual({ kind: 'reload', force: true });
    expect(parseEconText('reload 강제')).toEqual({ kind: 'reload', force: true });
    expect(parseEconText('reload now')).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/알 수 없는 reload 옵션입니다: "now"/) });
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

  it('refuses huge text by its raw length, before any pattern runs', () => {
    const huge = '<@'.repeat(50_000);
    expect(parseEconText(huge)).toEqual({ kind: 'rejected', message: expect.stringMatching(/질문이 너무 깁니다 \(100,000자\)/) });
    // Just over the raw limit: refused even though Slack markup would shrink it.
    expect(parseEconText(`<@U012ABCDEF|민지> ${'가'.repeat(MAX_RAW_TEXT_CHARS)}`)).toMatchObject({ kind: 'rejected' });
    // Within the raw limit, what counts is what the person sees: 380 raw characters, 83 shown.
    const mentions = `${'<@U012ABCDEF|민지> '.repeat(20)}예산`;
    expect(mentions.length).toBeGreaterThan(MAX_QUESTION_CHARS);
    expect(parseEconText(mentions)).toMatchObject({ kind: 'question', question: `${'@민지 '.repeat(20)}예산` });
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

  it('keeps markup inside unclosed brackets intact and matches only complete wrappers', () => {
    expect(cleanCommandText('<@<@U123|민지> 예산')).toBe('<@@민지 예산');
    expect(cleanCommandText('<https://a.org <https://b.org|링크>')).toBe('<https://a.org 링크');
  });
});
