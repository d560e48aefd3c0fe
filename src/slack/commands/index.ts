import type { App } from '@slack/bolt';
import type { BotServices } from '../services/BotServices';
import { registerEconCommand } from './registerEconCommand';

/** Registers every slash command. */
export function registerCommands(app: App, services: BotServices): void {
  registerEconCommand(app, services);
}
