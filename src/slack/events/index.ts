import type { App } from '@slack/bolt';
import type { BotServices } from '../services/BotServices';
import { registerHomeEvent } from './registerHomeEvent';
import { registerMentionEvent } from './registerMentionEvent';
import { registerMessageEvents } from './registerMessageEvents';

/** Registers every Events API listener: mentions, messages (DMs, thread follow-ups), App Home. */
export function registerEvents(app: App, services: BotServices): void {
  registerMentionEvent(app, services);
  registerMessageEvents(app, services);
  registerHomeEvent(app, services);
}
