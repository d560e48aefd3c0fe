import path from 'node:path';
import type { KindDiff } from './diffKnowledge';
import type { CorpusProblem, ReloadOutcome } from './KnowledgeStore';
import type { ReportLoss } from './reportLosses';

/** How many added/removed names to list per kind; the counts cover the rest. */
const NAMES_PER_KIND = 5;

/** A reload result as plain Korean lines, shared by the Slack and terminal renderings. */
export interface ReloadText {
  ok: boolean;
  title: string;
  /** One line per kind: `예산 143 → 144 (+1 / −0)`. */
  counts: string[];
  /** Added and removed items, a few per kind. */
  changes: string[];
  /** For a failure: where and what. */
  problem: string[];
}

/** Describes a reload outcome; `corpusDir` lets file paths be shown relative to it. */
export function describeReload(outcome: ReloadOutcome, corpusDir: string): ReloadText {
  const queued = outcome.waitedForOtherReload ? ' 다른 다시 읽기가 끝난 뒤 실행했습니다.' : '';
  if (!outcome.ok && 'refused' in outcome) {
    return {
      ok: false,
      title: `다시 읽기를 멈췄습니다: 보고서 내용이 절반 넘게 사라졌습니다. 이전 코퍼스로 계속 답합니다. (${outcome.durationMs}ms)${queued}`,
      counts: [],
      changes: [],
      problem: [
        ...outcome.refused.map(lossLine),
        '파일이 잘렸거나 저장 중이었는지 확인해 주세요. 의도한 변경이면 `/econ reload force`로 반영합니다.',
      ],
    };
  }
  if (!outcome.ok) {
    return {
      ok: false,
      title: `다시 읽기에 실패했습니다. 이전 코퍼스로 계속 답합니다. (${outcome.durationMs}ms)${queued}`,
      counts: [],
      changes: [],
      problem: problemLines(outcome.problem, corpusDir),
    };
  }
  const { diff } = outcome;
  return {
    ok: true,
    title: `코퍼스를 다시 읽어 교체했습니다. (${outcome.durationMs}ms, 색인 ${outcome.buildMs}ms)${diff.unchanged ? ' 바뀐 내용은 없습니다.' : ''}${queued}`,
    counts: diff.kinds.map(countLine),
    changes: [...outcome.forced.map((loss) => `⚠ 강제 반영: ${lossLine(loss)}`), ...outcome.reports, ...diff.kinds.flatMap(changeLines)],
    problem: [],
  };
}

/** `보고서 "주요 업무보고 (경제정책실, 2022-09)" (파일 x.txt): 섹션 312 → 98, 사실 700 → 150`. */
function lossLine(loss: ReportLoss): string {
  const unlisted = loss.unlisted ? ' manifest.json에서 빠졌지만 파일은 남아 있습니다.' : '';
  return `보고서 "${loss.name}" (파일 ${loss.file}): 섹션 ${loss.sections.before} → ${loss.sections.after}, 사실 ${loss.facts.before} → ${loss.facts.after}.${unlisted}`;
}

function countLine(k: KindDiff): string {
  return `${k.label} ${k.before} → ${k.after} (+${k.added.length} / −${k.removed.length})`;
}

function changeLines(k: KindDiff): string[] {
  const list = (sign: string, names: string[]) =>
    names.length === 0
      ? []
      : [`${sign} ${k.label}: ${names.slice(0, NAMES_PER_KIND).join(', ')}${names.length > NAMES_PER_KIND ? ` 외 ${names.length - NAMES_PER_KIND}개` : ''}`];
  return [...list('+', k.added), ...list('−', k.removed)];
}

function problemLines(problem: CorpusProblem, corpusDir: string): string[] {
  const lines: string[] = [];
  if (problem.file !== null) {
    const shown = path.isAbsolute(problem.file) && problem.file.startsWith(corpusDir + path.sep)
      ? path.join('corpus', path.relative(corpusDir, problem.file))
      : problem.file;
    lines.push(`파일: ${shown}${problem.line !== null ? `, ${problem.line}행` : ''}`);
  }
  lines.push(`오류: ${problem.message}`);
  return lines;
}
