import type { Answer } from '../core/answer/answer.js';
import type { ChannelRef } from '../core/subscriptions/types.js';

/** What a platform said to one post. */
export type PostResult =
  | { ok: true; messageId?: string }
  | { ok: false; kind: 'rate-limited'; retryAfterMs: number; reason: string }
  | { ok: false; kind: 'transient'; reason: string }
  | { ok: false; kind: 'permanent'; reason: string };

/**
 * The port every platform implements for scheduled posts. It renders the neutral message its own way
 * (Block Kit, embed, text) and reports the outcome instead of throwing.
 */
export interface Poster {
  readonly platform: ChannelRef['platform'];
  post(channel: ChannelRef, message: Answer): Promise<PostResult>;
}
