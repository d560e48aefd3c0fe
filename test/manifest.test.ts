import { SUBCOMMANDS } from '../src/slack/commands/parseEconText';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BOT_EVENTS, BOT_SCOPES } from '../src/slack/botScopes';
import { ECON_COMMAND } from '../src/slack/commands/registerEconCommand';
import { ASK_SHORTCUT_CALLBACK } from '../src/slack/shortcuts/registerAskShortcut';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaFile = path.join(root, 'test/fixtures/schemas/slack-app-manifest.schema.json');

interface Manifest {
  display_information: { name: string; description?: string };
  features: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean; messages_tab_read_only_enabled?: boolean };
    shortcuts?: Array<{ name: string; type: string; callback_id: string; description: string }>;
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; description: string; usage_hint?: string; should_escape?: boolean; url?: string }>;
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: { interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean; event_subscriptions?: { bot_events?: string[] } };
}

async function manifest(): Promise<Manifest> {
  return parse(await readFile(path.join(root, 'manifest.yml'), 'utf8')) as Manifest;
}

/** Every TypeScript file under src/slack, as text. */
async function slackSources(): Promise<string> {
  const dir = path.join(root, 'src/slack');
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
  return (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
}

/** Scope each Web API method the bot might call needs, null for none (extend when the code calls a new method). */
const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'views.publish': null,
  'views.open': null,
  'views.update': null,
};

/** The Events API event a `app.event('…')` listener receives, by the manifest's event name. */
const LISTENED_AS: Record<string, string> = { app_mention: 'app_mention', 'message.im': 'message', app_home_opened: 'app_home_opened' };

describe('manifest.yml', () => {
  it('is a valid Slack app manifest (SchemaStore schema, draft-04)', async () => {
    const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(await manifest());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that does reject a bad manifest', async () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(await readFile(schemaFile, 'utf8')) as object);
    const bad = await manifest();
    bad.features.bot_user.display_name = 'econ bot';
    (bad.settings as Record<string, unknown>).unknown_setting = true;
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'pattern']);
  });

  it('declares the slash command the code registers, with a description and usage hint', async () => {
    const { features } = await manifest();
    expect(features.slash_commands.map((c) => c.command)).toEqual([ECON_COMMAND]);
    const [econ] = features.slash_commands;
    expect(econ!.description.length).toBeGreaterThan(10);
    // Every subcommand `/econ` knows is in the hint Slack shows while typing.
    for (const sub of SUBCOMMANDS) expect(econ!.usage_hint).toContain(sub);
    const sources = await slackSources();
    expect(sources).toMatch(/app\.command\(ECON_COMMAND/);
    expect(sources).not.toMatch(/app\.command\(\s*['"]/);
  });

  it('requests exactly the least-privilege bot scopes the code needs, and no user scopes', async () => {
    const { oauth_config } = await manifest();
    expect([...oauth_config.scopes.bot].sort()).toEqual(Object.keys(BOT_SCOPES).sort());
    expect(oauth_config.scopes.user ?? []).toEqual([]);

    // Cross-check with the code: every Web API method called is covered, and every scope is used.
    const sources = await slackSources();
    const called = [...sources.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`);
    expect(called).toContain('chat.postMessage');
    for (const method of called) {
      expect(METHOD_SCOPES[method], `scope for ${method}`).not.toBeUndefined();
      if (METHOD_SCOPES[method] !== null) expect(oauth_config.scopes.bot).toContain(METHOD_SCOPES[method]);
    }
    expect(sources).toMatch(/app\.command\(/); // needs `commands`
    const eventScopes = Object.values(BOT_EVENTS).filter((s): s is NonNullable<typeof s> => s !== null);
    const methodScopes = called.map((m) => METHOD_SCOPES[m]).filter((s): s is string => s !== null && s !== undefined);
    const needed = new Set(['commands', ...methodScopes, ...eventScopes, 'chat:write.public']);
    expect([...needed].sort()).toEqual([...oauth_config.scopes.bot].sort());
  });

  it('subscribes to exactly the bot events the code listens to, none that read whole channels', async () => {
    const { settings } = await manifest();
    const events = settings.event_subscriptions?.bot_events ?? [];
    expect([...events].sort()).toEqual(Object.keys(BOT_EVENTS).sort());
    const sources = await slackSources();
    for (const event of events) expect(sources, event).toContain(`app.event('${LISTENED_AS[event]}'`);
    const listened = [...sources.matchAll(/app\.event\('([\w.]+)'/g)].map((m) => m[1]);
    expect([...new Set(listened)].sort()).toEqual(Object.values(LISTENED_AS).sort());
    // Reading every channel message is opt-in (ECON_THREAD_FOLLOWUPS=all), never the default.
    expect(events).not.toContain('message.channels');
    expect(Object.keys(BOT_SCOPES)).not.toContain('channels:history');
  });

  it('declares the message shortcut the code registers, and App Home with its Messages tab', async () => {
    const { features } = await manifest();
    expect(features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: ASK_SHORTCUT_CALLBACK, name: 'econ-bot에게 묻기' })]);
    expect(await slackSources()).toMatch(/app\.shortcut\(\{ type: 'message_action', callback_id: ASK_SHORTCUT_CALLBACK \}/);
    expect(features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('enables interactivity for the buttons and Socket Mode by default', async () => {
    const { settings } = await manifest();
    expect(settings.interactivity.is_enabled).toBe(true);
    expect(await slackSources()).toMatch(/app\.action\(/);
    expect(settings.socket_mode_enabled).toBe(true);
  });

  it('has a bot user whose display name Slack accepts', async () => {
    const { features } = await manifest();
    expect(features.bot_user.display_name).toMatch(/^[\w\-.]+$/);
  });
});
