import { FAKE_TEAM } from './fake-slack.js';

/** Request bodies shaped like Slack's, for the bot under test. */

let counter = 0;
const next = () => ++counter;

export interface CommandFields {
  text: string;
  channel?: string;
  user?: string;
  team?: string;
  responseUrl: string;
}

/** A slash command's fields (form-encoded over HTTP, the same object as the Socket Mode payload). */
export function slashCommand(f: CommandFields): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: f.team ?? FAKE_TEAM,
    team_domain: 'test',
    channel_id: f.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: f.user ?? 'U0ALICE',
    user_name: 'alice',
    command: '/deal',
    text: f.text,
    api_app_id: 'A0TEST',
    is_enterprise_install: 'false',
    response_url: f.responseUrl,
    trigger_id: `${next()}.1.abc`,
  };
}

export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** An Events API callback wrapping one event. */
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${next()}`, team = FAKE_TEAM) {
  return {
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A0TEST',
    event: { event_ts: event.ts ?? `${Date.now() / 1000}`, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: team, user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
  };
}

export function messageTs(): string {
  return `1700000${String(next()).padStart(3, '0')}.000200`;
}

export interface ButtonFields {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  team?: string;
}

/** A block_actions payload for one button click. */
export function buttonClick(f: ButtonFields) {
  return {
    type: 'block_actions',
    team: { id: f.team ?? FAKE_TEAM, domain: 'test' },
    user: { id: f.user ?? 'U0ALICE', username: 'alice', team_id: f.team ?? FAKE_TEAM },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: f.channel ?? 'C0GENERAL',
      is_ephemeral: true,
    },
    trigger_id: `${next()}.1.def`,
    channel: { id: f.channel ?? 'C0GENERAL', name: 'general' },
    response_url: f.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: f.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value: f.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}
