import type { App } from '@slack/bolt';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { registerEvents } from './events';
import { registerShortcuts } from './shortcuts';
import type { BotServices } from './services/BotServices';
import { trackInFlight } from './trackInFlight';

/** The one place every listener is attached, grouped by kind as in Slack's TypeScript samples. */
export function registerListeners(app: App, services: BotServices): void {
  // First, so every request is counted in flight before any listener acks it (clean shutdown).
  app.use(trackInFlight(services.inFlight));
  registerCommands(app, services);
  registerActions(app, services);
  registerEvents(app, services);
  registerShortcuts(app, services);
}
