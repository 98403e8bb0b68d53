import { COMMANDS } from '../../core/commands/model.js';
import { SLASH_COMMAND } from './handlers/deps.js';

/** Bot scopes: the slash command, mentions, replies, posting digests where the bot was not invited, DMs. */
export const BOT_SCOPES = [
  'app_mentions:read',
  'chat:write',
  'chat:write.public',
  'commands',
  'im:history',
] as const;
/** Events the adapter handles. */
export const BOT_EVENTS = [
  'app_home_opened',
  'app_mention',
  'message.im',
  // OAuth installs: forget a workspace (its token and posts) when it removes the app.
  'app_uninstalled',
  'tokens_revoked',
] as const;

export interface ManifestOptions {
  mode: 'http' | 'socket';
  /** HTTP mode: the public URL of POST /slack/events (commands, events and interactivity all go there). */
  requestUrl?: string;
  name?: string;
}

export const REQUEST_URL_PLACEHOLDER = 'https://YOUR-PUBLIC-HOST/slack/events';

const LONG_DESCRIPTION = [
  'deal-bot answers questions about the US–Japan $550 billion investment deal from a cited fact base, in English or Japanese.',
  'Type /deal with a question or a command word (projects, sectors, timeline, next, who, sources, help), mention the bot in a channel or thread, or send it a direct message.',
  'Every answer names its sources and how current it is; reported items are labelled "reported, not confirmed".',
  'Channels can subscribe to reminders before dated events and to a weekly or daily digest with /deal subscribe.',
].join(' ');

/** `[question] | projects | … | subscribe [reminders|digest] …`, from the command model. */
function usageHint(): string {
  return COMMANDS.map((c) => {
    if (c.name === 'ask') return '[question]';
    const required = c.options.filter((o) => o.required).map((o) => `<${o.name}>`);
    return [c.name, ...required].join(' ');
  }).join(' | ');
}

/** https://host/slack/events → https://host/slack/oauth_redirect (Bolt's installer serves both on PORT). */
export function redirectUrl(requestUrl: string): string {
  const events = '/slack/events';
  const base = requestUrl.endsWith(events)
    ? requestUrl.slice(0, -events.length)
    : requestUrl.replace(/\/+$/, '');
  return `${base}/slack/oauth_redirect`;
}

/** The app manifest users paste into "Create an app → From a manifest", for HTTP or Socket Mode. */
export function buildManifest(options: ManifestOptions): Record<string, unknown> {
  const name = options.name ?? 'deal-bot';
  const http = options.mode === 'http';
  const url = options.requestUrl ?? REQUEST_URL_PLACEHOLDER;
  const ask = COMMANDS.find((c) => c.name === 'ask');
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description:
        'Answers about the US–Japan $550 billion investment deal, with sources; reminders and digests.',
      long_description: LONG_DESCRIPTION,
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: [
        {
          command: SLASH_COMMAND,
          ...(http ? { url } : {}),
          description: `${ask?.description.en ?? 'Ask about the deal'}, or manage this channel's reminders`,
          usage_hint: usageHint(),
          should_escape: false,
        },
      ],
    },
    oauth_config: {
      // HTTP mode can serve many workspaces (SLACK_CLIENT_ID…): Slack sends installers back here.
      ...(http ? { redirect_urls: [redirectUrl(url)] } : {}),
      scopes: { bot: [...BOT_SCOPES] },
    },
    settings: {
      event_subscriptions: { ...(http ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(http ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !http,
      token_rotation_enabled: false,
    },
  };
}
