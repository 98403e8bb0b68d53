import type { Answer } from '../core/answer/answer.js';
import type { ChannelRef } from '../core/subscriptions/types.js';
import type { PostResult } from './poster.js';
import type { SlidingWindow } from './sliding-window.js';

/** The delivery worker's job, outcome, hooks and options: shared by delivery.ts and delivery-lanes.ts. */

export interface DeliveryJob {
  key: string;
  subscriptionId: string;
  channel: ChannelRef;
  message: Answer;
}

export type JobOutcome =
  | { status: 'sent'; attempts: number; messageId?: string }
  | { status: 'permanent'; reason: string }
  | { status: 'deferred'; reason: string; attempts: number }
  | { status: 'dropped'; reason: string };

export interface DeliveryHooks {
  /** The platform accepted the post: record it (resolve once recorded). */
  sent(job: DeliveryJob, result: Extract<PostResult, { ok: true }>): Promise<void>;
  /** The platform refused for good (channel gone, bot removed, no permission). */
  permanent(job: DeliveryJob, reason: string): Promise<void>;
  /** A 429, for metrics. */
  rateLimited?(job: DeliveryJob, retryAfterMs: number): void;
}

export interface DeliveryOptions {
  /** Posts in flight at once, per platform. Default 16. */
  concurrency?: number;
  /** Transient failures in a row (any channel) that mean the platform is down: the rest is deferred. Default 10. */
  outageAfter?: number;
  /** Tries per post for transient errors within one run. Default 4. */
  maxAttempts?: number;
  /** First backoff; doubles each try, with full jitter, up to maxBackoffMs. Default 500 ms / 30 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A Retry-After longer than this defers the post to a later tick instead of waiting. Default 2 min. */
  maxWaitMs?: number;
  /** Added to each rate window against clock and network skew. Default 20 ms. */
  marginMs?: number;
  random?: () => number;
  /**
   * Accepted posts whose ledger write is not yet durable, at most (default 64). After a crash these
   * (plus those in flight) are the only posts that can go out again: the bound keeps that small.
   */
  maxUnrecorded?: number;
  /** Aborting stops taking new posts; posts in flight finish. */
  signal?: AbortSignal;
  /** Each platform's overall rate window, kept across calls (a tick delivered in claimed batches). */
  globalWindows?: Map<ChannelRef['platform'], SlidingWindow>;
}

export interface DeliveryReport {
  outcomes: Map<string, JobOutcome>;
  sent: number;
  permanent: number;
  deferred: number;
  dropped: number;
  rateLimited: number;
  retries: number;
}
