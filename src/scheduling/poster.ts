import type { Answer } from '../core/answer/answer.js';
import type { ChannelRef } from '../core/subscriptions/types.js';

/** What a platform said to one post. */
export type PostResult =
  | { ok: true; messageId?: string }
  | {
      ok: false;
      kind: 'rate-limited';
      retryAfterMs: number;
      reason: string;
      /** Whether the limit hit is the channel's (default) or the whole bot's (Discord's global limit). */
      scope?: 'channel' | 'global';
    }
  | { ok: false; kind: 'transient'; reason: string }
  | { ok: false; kind: 'permanent'; reason: string };

/** A rate limit: at most `limit` posts in any `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** How fast the scheduler may post through a poster. Unset: 1 post per channel per 1.1 s, no global cap. */
export interface Pacing {
  perChannel?: RateLimit;
  global?: RateLimit;
}

export interface PostOptions {
  /**
   * The delivery's stable key. Platforms with idempotent sends use it (Discord: a `nonce` with
   * `enforce_nonce`), so a post repeated after a crash between "accepted" and "recorded" shows once.
   */
  idempotencyKey?: string;
}

/**
 * The port every platform implements for scheduled posts. It renders the neutral message its own way
 * (Block Kit, embed, text) and reports the outcome instead of throwing.
 */
export interface Poster {
  readonly platform: ChannelRef['platform'];
  /** The platform's limits, so the scheduler paces itself instead of collecting 429s. */
  readonly pacing?: Pacing;
  /**
   * Whether this process posts to the channel (Discord sharding: only the shard holding the guild).
   * Unset: every channel of the platform. Channels held elsewhere are not planned here at all.
   */
  holds?(channel: ChannelRef): boolean;
  post(channel: ChannelRef, message: Answer, options?: PostOptions): Promise<PostResult>;
}
