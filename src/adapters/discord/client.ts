import { type CacheFactory, Client, GatewayIntentBits, Options, Partials } from 'discord.js';
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

/**
 * What discord.js keeps in memory: guilds, channels, threads and roles (permission checks need them),
 * and the bot's own member and user; none of what the bot never reads: past messages, reactions,
 * emojis, stickers, other members and users (an interaction carries its member's permissions), voice,
 * invites, bans, events. Caches that grow with traffic lengthen every full garbage collection of a
 * long-running process, and so its slowest replies.
 */
export function botCache(): CacheFactory {
  const onlyTheBot = {
    maxSize: 0,
    keepOverLimit: (x: { id: string; client: Client }) => x.id === x.client.user?.id,
  };
  return Options.cacheWithLimits({
    MessageManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    GuildEmojiManager: 0,
    BaseGuildEmojiManager: 0,
    GuildStickerManager: 0,
    PresenceManager: 0,
    VoiceStateManager: 0,
    StageInstanceManager: 0,
    GuildInviteManager: 0,
    GuildBanManager: 0,
    GuildScheduledEventManager: 0,
    AutoModerationRuleManager: 0,
    ThreadMemberManager: 0,
    ApplicationCommandManager: 0,
    GuildMemberManager: onlyTheBot,
    UserManager: onlyTheBot,
  });
}

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
    makeCache: botCache(),
    allowedMentions: { ...ALLOWED_MENTIONS, parse: [] },
    failIfNotExists: false,
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      rejectOnRateLimit: () => shouldRejectOnRateLimit(),
    },
  });
}
