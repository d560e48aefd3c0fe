import { reportsInBrief } from '../../reports/listReports';
import type { types } from '@slack/bolt';
import type { Digest } from '../../digest/computeDigest';
import type { DocumentMeta } from '../../model/document';
import { HELP_EXAMPLES } from '../commands/helpExamples';
import { INTENT_LABELS } from '../commands/intentLabels';
import type { ReloadOutcome } from '../services/KnowledgeStore';
import type { UsageSummary } from '../services/summarizeUsage';
import { digestMessage } from './digestMessage';
import { context, header, sectionFromMrkdwn, sectionsFromLines } from './elements';
import { escapeClamped, escapeMrkdwn } from './mrkdwn';
import { statsMessage } from './statsMessage';

/** What the Home tab shows; `admin` only for admins. */
export interface HomeContent {
  /** The digest for today: the coming week's milestones. */
  digest: Digest;
  documents: readonly DocumentMeta[];
  /** When the corpus being served was loaded, already formatted. */
  loadedAt: string;
  admin: { stats: UsageSummary; lastReload: { at: string; outcome: ReloadOutcome } | null } | null;
}

/** Reports listed by name; a corpus is a handful, this only keeps the Home tab within its blocks. */
const MAX_REPORTS = 40;

const HOW_TO_ASK = [
  '에서 예산·일정·위치·인원·담당 부서를 찾아 출처(절과 줄 번호)와 함께 답합니다. 보고서가 여럿이면 사업마다 가장 최신 보고서로 답합니다.',
  '• 채널에서 `@econ-bot 질문` — 답은 그 스레드에 달립니다. 스레드에서는 `예산은?`처럼 이어서 물어도 됩니다.',
  '• 이 앱의 *메시지* 탭에서 바로 질문 — `처음부터`라고 쓰면 새 대화가 됩니다.',
  '• `/econ 질문` — 답이 나에게만 보입니다.',
  '• 메시지의 ⋮ 메뉴 → *econ-bot에게 묻기* — 그 메시지 내용으로 묻습니다.',
].join('\n');

/**
 * The App Home tab: how to ask, this week's milestones (the same content as today's digest),
 * an example question per intent, the loaded reports with their dates, and for admins the last
 * reload and the usage statistics. All report text is escaped.
 */
export function homeView(content: HomeContent): types.HomeView {
  const examples = HELP_EXAMPLES.map((e) => `• ${INTENT_LABELS[e.intent]}: \`${escapeMrkdwn(e.question)}\``).join('\n');
  const blocks: types.KnownBlock[] = [
    header('econ-bot'),
    sectionFromMrkdwn(`*${escapeClamped(reportsInBrief(content.documents), 300)}*${HOW_TO_ASK}`, 'home_intro'),
    { type: 'divider' },
    ...digestMessage(content.digest).blocks,
    { type: 'divider' },
    sectionFromMrkdwn(`*이렇게 물어보세요*\n${examples}`, 'home_examples'),
    ...sectionsFromLines(['*불러온 보고서*', ...content.documents.slice(0, MAX_REPORTS).map(reportLine)], 'home_reports'),
    context([`코퍼스를 불러온 시각: ${escapeMrkdwn(content.loadedAt)}`], 'home_loaded'),
  ];
  if (content.admin !== null) blocks.push({ type: 'divider' }, ...adminBlocks(content.admin));
  return { type: 'home', blocks };
}

function reportLine(doc: DocumentMeta): string {
  const [year, month] = doc.reportDate.split('-').map(Number);
  const asOf = doc.asOf !== undefined ? `, 수치 기준일 ${doc.asOf}` : '';
  return `• ${escapeClamped(`${doc.office} ${doc.title}`, 200)} (${year}년 ${month}월${asOf}) · \`${escapeClamped(doc.file, 200)}\``;
}

function adminBlocks(admin: NonNullable<HomeContent['admin']>): types.KnownBlock[] {
  const reload = admin.lastReload;
  const line =
    reload === null
      ? '이 프로세스가 시작된 뒤 `/econ reload`는 아직 없었습니다.'
      : `${escapeMrkdwn(reload.at)} · ${reload.outcome.ok ? '✅ 성공' : `❌ ${escapeClamped(failure(reload.outcome), 300)}`} (${reload.outcome.durationMs}ms)`;
  return [header('관리자'), sectionFromMrkdwn(`*마지막 다시 읽기*\n${line}`, 'home_reload'), ...statsMessage(admin.stats).blocks];
}

/** Why a reload did not go through, in a few words. */
function failure(outcome: Extract<ReloadOutcome, { ok: false }>): string {
  return 'refused' in outcome ? '멈춤: 보고서 내용이 절반 넘게 사라졌습니다' : `실패: ${outcome.problem.message}`;
}
