import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { InFlight } from '../runtime/InFlight';

/**
 * Global Bolt middleware that registers every incoming Slack request (slash command, button click,
 * and any event listener added later) with `inFlight` before its listener runs, and keeps it there
 * until the listener has finished, i.e. until the reply went to the response_url. Registration
 * happens before the listener acks, so a shutdown never misses work that Slack saw acknowledged.
 */
export function trackInFlight(inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    await inFlight.track(describeRequest(body as Record<string, unknown>), next);
  };
}

/** One line naming a request well enough to find it in Slack: kind, user, and Slack's id for it. */
export function describeRequest(body: Record<string, unknown>): string {
  const user = typeof body.user_id === 'string' ? body.user_id : idOf(body.user);
  if (typeof body.command === 'string') {
    return `${body.command} from ${user ?? '?'} (trigger_id ${String(body.trigger_id ?? '?')})`;
  }
  if (body.type === 'block_actions' && Array.isArray(body.actions)) {
    const action = (body.actions[0] ?? {}) as Record<string, unknown>;
    return `button ${String(action.action_id ?? '?')} from ${user ?? '?'} (trigger_id ${String(body.trigger_id ?? '?')})`;
  }
  if (body.type === 'event_callback') {
    const event = (body.event ?? {}) as Record<string, unknown>;
    return `event ${String(event.type ?? '?')} (event_id ${String(body.event_id ?? '?')})`;
  }
  return `${String(body.type ?? 'request')} from ${user ?? '?'}`;
}

function idOf(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;
}
