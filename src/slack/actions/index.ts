import type { App } from '@slack/bolt';
import type { BotServices } from '../services/BotServices';
import { registerCandidateAction } from './registerCandidateAction';
import { registerShareAction } from './registerShareAction';
import { registerVoteActions } from './registerVoteActions';

/** Registers every button handler. */
export function registerActions(app: App, services: BotServices): void {
  registerShareAction(app, services);
  registerVoteActions(app, services);
  registerCandidateAction(app, services);
}
