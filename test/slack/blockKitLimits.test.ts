import { describe, expect, it } from 'vitest';
import type { Digest, DigestEntry } from '../../src/digest/computeDigest';
import type { Answer } from '../../src/model/answer';
import type { Milestone } from '../../src/model/milestone';
import { answerMessage } from '../../src/slack/blocks/answerMessage';
import { answerModal } from '../../src/slack/blocks/answerModal';
import { conversationReply } from '../../src/slack/blocks/conversationReply';
import { homeView } from '../../src/slack/blocks/homeView';
import { viewViolations } from '../../src/slack/blocks/viewViolations';
import { blockKitViolations } from '../../src/slack/blocks/blockKitViolations';
import { digestMessage } from '../../src/slack/blocks/digestMessage';
import { reportsMessage } from '../../src/slack/blocks/reportsMessage';
import { helpMessage } from '../../src/slack/blocks/helpMessage';
import { escapeClamped, escapeMrkdwn } from '../../src/slack/blocks/mrkdwn';
import { noticeMessage } from '../../src/slack/blocks/noticeMessage';
import { reloadMessage } from '../../src/slack/blocks/reloadMessage';
import { statsMessage } from '../../src/slack/blocks/statsMessage';
import { mrkdwnTexts } from './helpers/testBot';

const HOSTILE = '<!channel> <@U0VICTIM> <https://evil.example|눌러 주세요> & ';
const long = (n: number) => (HOSTILE + '가나다라마바사 '.repeat(n)).slice(0, n);

/** No mrkdwn text may contain a live `<…>` sequence made from untrusted text. */
function expectNoLiveMarkup(message: { text: string; blocks: unknown[] }): void {
  for (const text of mrkdwnTexts(message as unknown as Record<string, unknown>)) {
    expect(text).not.toMatch(/<!channel>|<@U0VICTIM>|<https:\/\/evil/);
    // An entity is never cut in half.
    expect(text).not.toMatch(/&(a|am|l|g)?…/);
  }
}

const extremeAnswer: Answer = {
  id: 'x'.repeat(500),
  question: long(400),
  intent: 'search',
  found: true,
  headline: long(2000),
  text: `${long(2000)}\n${long(9000)}`,
  subject: long(3000),
  fields: Array.from({ length: 30 }, (_, i) => ({ label: long(300) + i, value: long(5000) })),
  citations: Array.from({ length: 15 }, (_, i) => ({ section: 'IV-1-①', title: long(1500), line: i + 1 })),
  candidates: Array.from({ length: 12 }, (_, i) => ({ title: long(200) + i, question: long(900) })),
};

/** A digest with 200 entries of very long, hostile text in every list. */
function extremeDigest(): Digest {
  const milestone = (i: number): Milestone => ({
    id: `m${i}`,
    label: long(600),
    owner: long(600),
    programId: null,
    when: { start: { date: '2022-11-01', precision: 'day' }, end: { date: '2022-11-01', precision: 'day' } },
    recurrence: null,
    raw: long(200),
    status: 'planned',
    source: { docId: 'd', sectionId: 's', sectionLabel: 'IV-1-①', sectionPath: [long(500)], line: i + 1 },
  });
  const entries: DigestEntry[] = Array.from({ length: 200 }, (_, i) => ({ milestone: milestone(i), role: 'single', point: { date: '2022-11-01', precision: 'day' }, daysUntil: 1 }));
  return { asOf: '2022-10-31', weekEnd: '2022-11-06', month: '2022-10', dueThisWeek: entries, thisMonth: entries, overdue: entries, nextAhead: null };
}

describe('every message builder stays within Block Kit limits, however long the input', () => {
  it('answers (ephemeral and shared)', () => {
    for (const message of [answerMessage(extremeAnswer, { shareable: true }), answerMessage(extremeAnswer, { shareable: false, sharedBy: 'U0SHARER' })]) {
      expect(blockKitViolations(message)).toEqual([]);
      expectNoLiveMarkup(message);
    }
  });

  it('answers with candidates: at most five buttons, unique action_ids', () => {
    const message = answerMessage({ ...extremeAnswer, found: false }, { shareable: true });
    const candidates = message.blocks.find((b) => b.block_id === 'candidates') as { elements: Array<{ action_id: string }> };
    expect(candidates.elements.map((e) => e.action_id)).toEqual(['econ_candidate_0', 'econ_candidate_1', 'econ_candidate_2', 'econ_candidate_3', 'econ_candidate_4']);
  });

  it('a shared-by that is not a user id is shown as text, not as a mention', () => {
    const message = answerMessage(extremeAnswer, { shareable: false, sharedBy: '!channel' });
    expect(mrkdwnTexts(message as unknown as Record<string, unknown>).join('\n')).not.toContain('<!channel>');
  });

  it('digests with hundreds of entries', () => {
    const digest = extremeDigest();
    const message = digestMessage(digest, { preview: true, lateFor: long(300) });
    expect(blockKitViolations(message)).toEqual([]);
    expectNoLiveMarkup(message);
    expect(message.text).toMatch(/이번 주 200건/);
  });

  it('help, stats, reload and notices', () => {
    const loss = { docId: 'd', name: long(500), file: `${long(200)}.txt`, sections: { before: 300, after: 10 }, facts: { before: 900, after: 1 }, unlisted: true };
    const questions = Array.from({ length: 5 }, (_, i) => ({ question: long(2000), count: 10 - i }));
    const messages = [
      helpMessage(true, long(500)),
      helpMessage(false, long(500)),
      reportsMessage(Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, name: long(200), file: `${long(100)}.txt`, asOf: '2022-08-29', sections: 300, facts: 900, programs: 40, current: 3 }))),
      statsMessage({ questions: 1e6, askers: 5000, notFound: 1e5, byIntent: { budget: 10, search: 3 }, bySource: { command: 9, thread: 4, dm: 1 }, topNotFound: questions, votes: { up: 3, down: 4 }, topDownvoted: questions, unreadableLines: 2, since: '2022-10-01T00:00:00.000Z' }),
      reloadMessage({ ok: false, problem: { file: '/elsewhere/x.txt', line: 12, message: long(20_000) }, durationMs: 5, waitedForOtherReload: true }, '/corpus'),
      reloadMessage({ ok: false, refused: Array(30).fill(loss), durationMs: 5, waitedForOtherReload: false }, '/corpus'),
      reloadMessage(
        {
          ok: true,
          durationMs: 100,
          buildMs: 90,
          reports: Array(40).fill(long(500)),
          waitedForOtherReload: false,
          forced: Array(30).fill(loss),
          diff: { unchanged: false, kinds: Array.from({ length: 12 }, (_, i) => ({ label: `종류${i}`, before: 1, after: 2, added: Array(40).fill(long(300)), removed: Array(40).fill(long(300)) })) },
        },
        '/corpus',
      ),
      noticeMessage('error', long(50_000)),
    ];
    for (const message of messages) {
      expect(blockKitViolations(message)).toEqual([]);
      expectNoLiveMarkup(message);
    }
  });
});

describe('views (Home tab, answer modal) stay within Block Kit limits, however long the input', () => {
  const stats = { questions: 1e6, askers: 5000, notFound: 1e5, byIntent: { budget: 10 }, bySource: { dm: 3, thread: 9 }, topNotFound: [{ question: long(2000), count: 3 }], votes: { up: 3, down: 4 }, topDownvoted: [], unreadableLines: 0, since: null };
  const documents = Array.from({ length: 30 }, (_, i) => ({ id: `doc-${i}`, title: long(300), office: long(100), reportDate: '2022-09', asOf: '2022-08-29', file: `${'x'.repeat(200)}.txt` }));

  it('the Home tab, for admins with a failed reload', () => {
    const view = homeView({
      digest: extremeDigest(),
      documents,
      loadedAt: long(100),
      admin: { stats, lastReload: { at: long(50), outcome: { ok: false, problem: { file: null, line: null, message: long(5000) }, durationMs: 3, waitedForOtherReload: false } } },
    });
    expect(viewViolations(view as unknown as Record<string, unknown>)).toEqual([]);
    expectNoLiveMarkup({ text: 'home', blocks: view.blocks });
  });

  it('the answer modal, with and without a thread to post to and a note', () => {
    const meta = { c: 'C0GENERAL', t: '1700000000.000100', q: long(200), w: 'T0TEST' };
    for (const view of [
      answerModal({ kind: 'answer', answer: extremeAnswer }, meta),
      answerModal({ kind: 'answer', answer: { ...extremeAnswer, found: false } }, meta, { tone: 'warning', text: long(2000) }),
      answerModal({ kind: 'notice', tone: 'warning', text: long(9000) }, null),
    ]) {
      expect(viewViolations(view as unknown as Record<string, unknown>)).toEqual([]);
      expectNoLiveMarkup({ text: 'modal', blocks: view.blocks });
    }
  });

  it('answers posted in threads and DMs', () => {
    const message = conversationReply({ kind: 'answer', answer: extremeAnswer }, { startOver: true });
    expect(blockKitViolations(message)).toEqual([]);
  });

  it('viewViolations catches what Slack would reject in a view', () => {
    const problems = viewViolations({
      type: 'modal',
      title: { type: 'plain_text', text: 'x'.repeat(25) },
      private_metadata: 'm'.repeat(3001),
      blocks: Array(101).fill({ type: 'divider' }),
    });
    expect(problems).toEqual(['101 blocks > 100', 'title 25 characters > 24', 'private_metadata 3001 > 3000']);
  });
});

describe('mrkdwn escaping', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('<!here> & <@U1|x> *굵게*')).toBe('&lt;!here&gt; &amp; &lt;@U1|x&gt; *굵게*');
  });

  it('cuts before escaping, so entities stay whole and the limit holds', () => {
    const cut = escapeClamped('&&&&&&&&&&', 12);
    expect(cut).toBe('&amp;&amp;…');
    expect(cut.length).toBeLessThanOrEqual(12);
  });
});

describe('blockKitViolations', () => {
  it('catches what Slack would reject', () => {
    const problems = blockKitViolations({
      text: '',
      blocks: [
        { type: 'section', block_id: 'a', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } },
        { type: 'section', block_id: 'a', fields: Array(11).fill({ type: 'mrkdwn', text: 'f' }) },
        { type: 'actions', elements: [{ type: 'button', action_id: 'b', text: { type: 'plain_text', text: 'y'.repeat(76) }, value: 'v'.repeat(2001) }, { type: 'button', action_id: 'b', text: { type: 'plain_text', text: 'ok' } }] },
        ...Array(48).fill({ type: 'divider' }),
      ],
    });
    expect(problems).toEqual([
      'fallback text missing',
      '51 blocks > 50',
      'blocks[0] (section).text: 3001 characters > 3000',
      'blocks[1] (section): duplicate block_id a',
      'blocks[1] (section): 11 fields > 10',
      'blocks[2] (actions).elements[0].text: 76 characters > 75',
      'blocks[2] (actions).elements[0]: value 2001 > 2000',
      'blocks[2] (actions).elements[1]: duplicate action_id b',
    ]);
  });
});
