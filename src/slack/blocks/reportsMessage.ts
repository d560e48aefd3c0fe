import type { ReportListing } from '../../reports/listReports';
import { reportsText } from '../../reports/reportsText';
import { sectionsFromLines } from './elements';
import { escapeMrkdwn } from './mrkdwn';
import type { SlackMessage } from './SlackMessage';

/** `/econ reports`: the loaded reports, newest first, with their dates and sizes. */
export function reportsMessage(reports: readonly ReportListing[]): SlackMessage {
  const lines = reportsText(reports).map(escapeMrkdwn);
  return { text: lines[0]!, blocks: sectionsFromLines(lines, 'reports') };
}
