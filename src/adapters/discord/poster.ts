import { createHash } from 'node:crypto';
import {
  type Client,
  PermissionFlagsBits,
  type PermissionsBitField,
  type SendableChannels,
  ShardClientUtil,
} from 'discord.js';
import type { Answer } from '../../core/answer/answer.js';
import type { ChannelRef } from '../../core/subscriptions/types.js';
import type { Pacing, Poster, PostOptions, PostResult } from '../../scheduling/poster.js';
import { answerMessage } from './answer-message.js';
import { classifyDiscordError } from './discord-errors.js';
import type { SuggestionKeys } from './follow-up-buttons.js';
import { toDiscordJs } from './gateway-interactions.js';
import { surfacingRateLimits } from './rate-limit-scope.js';

/** What a scheduled post needs in its channel (Embed Links for the embed). */
const REQUIRED = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
] as const;

/**
 * Discord allows about 5 messages per 5 s in one channel and 50 requests/s per bot; the global share
 * left for scheduled posts keeps room for replies to people.
 */
export const DISCORD_PACING: Pacing = {
  perChannel: { limit: 5, windowMs: 5000 },
  global: { limit: 30, windowMs: 1000 },
};

/** Discord's nonce holds at most 25 characters; with enforce_nonce a repeated post shows once. */
function nonceOf(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

/** Why a post did not go out without asking Discord: a readable reason and whether trying later can help. */
type Refusal = { ok: false; kind: 'permanent' | 'transient'; reason: string };

function refuse(kind: Refusal['kind'], reason: string): Refusal {
  return { ok: false, kind, reason };
}

/**
 * Scheduled posts on Discord: `channel.send` after checking the bot's permissions. A missing
 * permission or an unknown channel is permanent; a 429 comes back as rate-limited with its retry-after
 * (discord.js is told to reject instead of waiting, for these calls only); 5xx and network errors are
 * transient. Never throws.
 */
export class DiscordPoster implements Poster {
  readonly platform = 'discord' as const;
  readonly pacing = DISCORD_PACING;

  constructor(
    private readonly client: Client,
    private readonly keys: SuggestionKeys,
  ) {}

  /**
   * Whether this process holds the channel's guild. Unsharded: always. Sharded: only the shard Discord
   * routes the guild to (DMs live on shard 0); other shards must leave the post to it.
   */
  holds(channel: ChannelRef): boolean {
    const shard = this.client.shard;
    if (!shard) return true;
    const id =
      channel.workspace === 'dm' ? 0 : ShardClientUtil.shardIdForGuildId(channel.workspace, shard.count);
    return shard.ids.includes(id);
  }

  async post(channel: ChannelRef, message: Answer, options: PostOptions = {}): Promise<PostResult> {
    if (channel.platform !== 'discord')
      return refuse('permanent', `not a Discord channel: ${channel.platform}`);
    if (!this.holds(channel)) {
      return refuse('transient', `not-mine: guild ${channel.workspace} is served by another shard`);
    }
    if (!this.client.isReady()) return refuse('transient', 'not connected to Discord yet');
    try {
      return await surfacingRateLimits(async () => {
        const target = await this.target(channel);
        if ('ok' in target) return target;
        const body = toDiscordJs(answerMessage(message, this.keys));
        const nonce = options.idempotencyKey
          ? { nonce: nonceOf(options.idempotencyKey), enforceNonce: true }
          : {};
        const sent = await target.send({ ...body, ...nonce });
        return { ok: true, messageId: sent.id };
      });
    } catch (error) {
      const c = classifyDiscordError(error);
      const reason = `${c.reason} (channel ${channel.channel} in ${channel.workspace})`;
      if (c.kind !== 'rate-limited') return { ok: false, kind: c.kind, reason };
      return {
        ok: false,
        kind: 'rate-limited',
        retryAfterMs: c.retryAfterMs,
        reason,
        scope: c.global ? 'global' : 'channel',
      };
    }
  }

  /** The channel to send to, once it is known to exist and to allow the bot to post. */
  private async target(ref: ChannelRef): Promise<SendableChannels | Refusal> {
    if (ref.workspace !== 'dm') {
      const guild = this.client.guilds.cache.get(ref.workspace);
      if (!guild)
        return refuse(
          'permanent',
          `the bot is not in server ${ref.workspace}: invite it again, then subscribe again`,
        );
      if (!guild.available)
        return refuse('transient', `server ${ref.workspace} is unavailable (Discord outage)`);
    }
    const channel =
      this.client.channels.cache.get(ref.channel) ?? (await this.client.channels.fetch(ref.channel));
    if (!channel?.isSendable())
      return refuse('permanent', `channel ${ref.channel} is not a text channel the bot can post in`);
    if (!channel.isDMBased()) {
      const me = this.client.user;
      const permissions: Readonly<PermissionsBitField> | null = me ? channel.permissionsFor(me) : null;
      const missing = REQUIRED.filter(([, flag]) => permissions && !permissions.has(flag)).map(
        ([name]) => name,
      );
      if (missing.length) {
        return refuse(
          'permanent',
          `the bot lacks ${missing.join(', ')} in channel ${ref.channel} (#${channel.name}): grant them to the bot's role there, then subscribe again`,
        );
      }
    }
    return channel;
  }
}
