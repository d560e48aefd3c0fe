import type { App } from '@slack/bolt';
import type { BotServices } from '../services/BotServices';
import { registerAskShortcut } from './registerAskShortcut';

/** Registers every shortcut. */
export function registerShortcuts(app: App, services: BotServices): void {
  registerAskShortcut(app, services);
}
