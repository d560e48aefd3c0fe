import type { App } from '@slack/bolt';
import type { BotServices } from '../services/BotServices';
import { registerCandidateAction } from './registerCandidateAction';
import { registerPostToThreadAction } from './registerPostToThreadAction';
import { registerShareAction } from './registerShareAction';
import { registerStartOverAction } from './registerStartOverAction';
import { registerVoteActions } from './registerVoteActions';

/** Registers every button handler. */
export function registerActions(app: App, services: BotServices): void {
  registerShareAction(app, services);
  registerVoteActions(app, services);
  registerCandidateAction(app, services);
  registerStartOverAction(app, services);
  registerPostToThreadAction(app, services);
}
