import type { App } from '@slack/bolt';
import { calendarDateIn } from '../../digest/calendarDays';
import { clockTime } from '../../digest/clockTime';
import { zonedParts } from '../../digest/zonedParts';
import { digestFor } from '../../reports/digestFor';
import { homeView, type HomeContent } from '../blocks/homeView';
import { viewViolations } from '../blocks/viewViolations';
import { slackErrorCode } from '../conversation/postMessage';
import type { BotServices } from '../services/BotServices';
import { summarizeUsage } from '../services/summarizeUsage';
import { HomeOpenedEvent } from './eventPayloads';

/** `app_home_opened` on the Home tab: publishes a fresh Home view for that person. */
export function registerHomeEvent(app: App, services: BotServices): void {
  app.event('app_home_opened', async ({ event, client }) => {
    const parsed = HomeOpenedEvent.safeParse(event);
    if (!parsed.success || (parsed.data.tab !== undefined && parsed.data.tab !== 'home')) return;
    const userId = parsed.data.user;
    const view = homeView(await homeContent(services, userId));
    const problems = viewViolations(view as unknown as Record<string, unknown>);
    if (problems.length > 0) services.logger.warn(`Home view breaks Block Kit limits: ${problems.join('; ')}`);
    try {
      await client.views.publish({ user_id: userId, view });
    } catch (error) {
      services.logger.warn(`could not publish the Home tab for ${userId}: ${slackErrorCode(error)}`);
    }
  });
}

/** Gathers the Home tab's content: today's digest, the reports, and for admins stats and the last reload. */
export async function homeContent(services: BotServices, userId: string): Promise<HomeContent> {
  const kb = services.knowledge.current;
  const today = calendarDateIn(services.now(), services.timezone);
  let admin: HomeContent['admin'] = null;
  if (services.isAdmin(userId)) {
    const last = services.knowledge.lastReload;
    admin = {
      stats: summarizeUsage(await services.state.readUsage()),
      lastReload: last === null ? null : { at: stamp(last.at, services.timezone), outcome: last.outcome },
    };
  }
  return {
    digest: digestFor(kb, today),
    documents: kb.library.documents.slice(),
    loadedAt: stamp(services.knowledge.loadedAt, services.timezone),
    admin,
  };
}

/** `2022-10-31 09:00 (Asia/Seoul)`. */
function stamp(at: Date, timeZone: string): string {
  return `${calendarDateIn(at, timeZone)} ${clockTime(zonedParts(at, timeZone))} (${timeZone})`;
}
