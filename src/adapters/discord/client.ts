import { Client, GatewayIntentBits, Partials } from 'discord.js';
import { shouldRejectOnRateLimit } from './rate-limit-scope.js';

/** Pings no one: not @everyone/@here, not roles, not users, not the author of a replied-to message. */
export const ALLOWED_MENTIONS = { parse: [], repliedUser: false } as const;
/** The same, as the raw API field (HTTP interactions, REST bodies we build ourselves). */
export const RAW_ALLOWED_MENTIONS = { parse: [], replied_user: false } as const;

/**
 * Only what the bot needs: guilds (channels, permissions), guild messages and direct messages. No
 * privileged Message Content intent: messages that mention the bot and DMs carry their content anyway.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

export interface ClientOptions {
  /** Base API URL ending in /api (DISCORD_API_URL); discord.com when absent. */
  apiUrl?: string;
}

/** A discord.js client set up for deal-bot. The gateway URL comes from the API's /gateway/bot. */
export function createDiscordClient(options: ClientOptions = {}): Client {
  return new Client({
    intents: INTENTS,
    // DMs arrive on channels the client has never seen: without the partial, messageCreate never fires.
    partials: [Partials.Channel],
    allowedMentions: { ...ALLOWED_MENTIONS, parse: [] },
    failIfNotExists: false,
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      rejectOnRateLimit: () => shouldRejectOnRateLimit(),
    },
  });
}
