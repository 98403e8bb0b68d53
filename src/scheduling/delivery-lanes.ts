import { channelKey } from '../core/subscriptions/types.js';
import type {
  DeliveryHooks,
  DeliveryJob,
  DeliveryOptions,
  DeliveryReport,
  JobOutcome,
} from './delivery-types.js';
import { MinHeap } from './min-heap.js';
import type { Poster, PostResult } from './poster.js';
import { SlidingWindow } from './sliding-window.js';

/**
 * One platform's delivery loop: a lane per channel (its queue and rate window) in a heap ordered by
 * when each lane may post next, so channels take turns and a slow channel never blocks the others.
 */

const DEFAULT_CHANNEL_LIMIT = { limit: 1, windowMs: 1100 };

interface Lane {
  channel: string;
  queue: Array<{ job: DeliveryJob; attempts: number; waits: number }>;
  window: SlidingWindow;
  readyAt: number;
  seq: number;
  closed: string | null;
}

export function settle(report: DeliveryReport, key: string, outcome: JobOutcome): void {
  report.outcomes.set(key, outcome);
  if (outcome.status === 'sent') report.sent++;
  else if (outcome.status === 'permanent') report.permanent++;
  else if (outcome.status === 'deferred') report.deferred++;
  else report.dropped++;
}

export async function runPlatform(
  jobs: DeliveryJob[],
  poster: Poster,
  hooks: DeliveryHooks,
  o: DeliveryOptions,
  report: DeliveryReport,
): Promise<void> {
  const concurrency = Math.max(1, o.concurrency ?? 16);
  const maxAttempts = o.maxAttempts ?? 4;
  const outageAfter = Math.max(1, o.outageAfter ?? 10);
  /** Transient failures in a row on this platform; at `outageAfter` the rest waits for the next tick. */
  let consecutiveTransient = 0;
  let outage: string | null = null;
  const margin = o.marginMs ?? 20;
  const random = o.random ?? Math.random;
  // A delivery split into claimed batches keeps one overall window per platform across them.
  let global = o.globalWindows?.get(poster.platform) ?? null;
  if (!global && poster.pacing?.global) {
    global = new SlidingWindow(poster.pacing.global, margin);
    o.globalWindows?.set(poster.platform, global);
  }
  const channelLimit = poster.pacing?.perChannel ?? DEFAULT_CHANNEL_LIMIT;
  const lanes = new Map<string, Lane>();
  let seq = 0;
  for (const job of jobs) {
    const key = channelKey(job.channel);
    let lane = lanes.get(key);
    if (!lane) {
      lane = {
        channel: key,
        queue: [],
        window: new SlidingWindow(channelLimit, margin),
        readyAt: 0,
        seq: seq++,
        closed: null,
      };
      lanes.set(key, lane);
    }
    lane.queue.push({ job, attempts: 0, waits: 0 });
  }
  const heap = new MinHeap<Lane>(
    (a, b) => a.readyAt < b.readyAt || (a.readyAt === b.readyAt && a.seq < b.seq),
  );
  for (const lane of lanes.values()) heap.push(lane);

  const recording: Promise<void>[] = [];
  const maxUnrecorded = Math.max(1, o.maxUnrecorded ?? 64);
  let unrecorded = 0;
  /** A global Retry-After: nothing goes out on this platform before it. */
  let globalUntil = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = ms === Number.POSITIVE_INFINITY ? null : setTimeout(() => signal(), Math.max(0, ms));
      wake = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
    });
  o.signal?.addEventListener('abort', signal, { once: true });

  const attempt = async (lane: Lane, item: Lane['queue'][number]) => {
    item.attempts++;
    let result: PostResult;
    try {
      result = await poster.post(item.job.channel, item.job.message, { idempotencyKey: item.job.key });
    } catch (error) {
      result = {
        ok: false,
        kind: 'transient',
        reason: `poster threw: ${(error as Error).message ?? String(error)}`,
      };
    }
    const now = performance.now();
    if (result.ok || result.kind !== 'transient') consecutiveTransient = 0;
    if (result.ok) {
      // Recording waits for a durable write (tens of ms with fsync): do not hold the slot for it.
      const out: JobOutcome = { status: 'sent', attempts: item.attempts };
      if (result.messageId) out.messageId = result.messageId;
      unrecorded++;
      recording.push(
        hooks
          .sent(item.job, result)
          .then(
            () => settle(report, item.job.key, out),
            (error: unknown) =>
              settle(report, item.job.key, {
                status: 'deferred',
                reason: `sent but not recorded: ${String(error)}`,
                attempts: item.attempts,
              }),
          )
          .finally(() => {
            unrecorded--;
            signal();
          }),
      );
    } else if (result.kind === 'permanent') {
      lane.closed = result.reason;
      await hooks.permanent(item.job, result.reason);
      settle(report, item.job.key, { status: 'permanent', reason: result.reason });
      for (const rest of lane.queue.splice(0)) {
        settle(report, rest.job.key, { status: 'dropped', reason: `channel failing: ${result.reason}` });
      }
    } else if (result.kind === 'rate-limited') {
      report.rateLimited++;
      hooks.rateLimited?.(item.job, result.retryAfterMs);
      item.attempts--;
      item.waits++;
      if (result.retryAfterMs > (o.maxWaitMs ?? 120_000) || item.waits > 20) {
        settle(report, item.job.key, { status: 'deferred', reason: result.reason, attempts: item.attempts });
      } else {
        const until = now + result.retryAfterMs;
        lane.readyAt = Math.max(lane.readyAt, until);
        if (result.scope === 'global') globalUntil = Math.max(globalUntil, until);
        lane.queue.unshift(item);
      }
    } else if (++consecutiveTransient >= outageAfter || outage) {
      outage ??= `platform unavailable: ${consecutiveTransient} failures in a row, the last "${result.reason}"`;
      settle(report, item.job.key, { status: 'deferred', reason: outage, attempts: item.attempts });
    } else if (item.attempts >= maxAttempts) {
      settle(report, item.job.key, { status: 'deferred', reason: result.reason, attempts: item.attempts });
    } else {
      report.retries++;
      const cap = Math.min(o.maxBackoffMs ?? 30_000, (o.backoffMs ?? 500) * 2 ** (item.attempts - 1));
      lane.readyAt = now + cap * (0.5 + random() / 2);
      lane.queue.unshift(item);
    }
  };

  while (heap.size || inFlight) {
    if (o.signal?.aborted || outage) {
      const reason = outage ?? 'stopping';
      while (heap.size) {
        const lane = heap.pop() as Lane;
        for (const item of lane.queue.splice(0)) {
          settle(report, item.job.key, { status: 'deferred', reason, attempts: item.attempts });
        }
      }
      if (inFlight) await wait(Number.POSITIVE_INFINITY);
      continue;
    }
    const lane = heap.peek();
    if (!lane || inFlight >= concurrency || unrecorded >= maxUnrecorded) {
      await wait(Number.POSITIVE_INFINITY);
      continue;
    }
    const now = performance.now();
    const windowAt = lane.window.nextAllowed(now);
    const laneAt = Math.max(lane.readyAt, windowAt);
    if (windowAt > now && windowAt > lane.readyAt) {
      // Blocked by its own window: re-queue by the time it frees up, so other channels go first.
      heap.pop();
      lane.readyAt = laneAt;
      heap.push(lane);
      continue;
    }
    const at = Math.max(laneAt, globalUntil, global?.nextAllowed(now) ?? now);
    if (at > now) {
      await wait(at - now);
      continue;
    }
    heap.pop();
    const item = lane.queue.shift();
    if (!item) continue;
    lane.window.record(now);
    global?.record(now);
    inFlight++;
    void attempt(lane, item)
      .catch((error: unknown) => {
        settle(report, item.job.key, {
          status: 'deferred',
          reason: `recording failed: ${String(error)}`,
          attempts: item.attempts,
        });
      })
      .finally(() => {
        inFlight--;
        if (lane.queue.length && !lane.closed) {
          lane.seq = seq++;
          heap.push(lane);
        }
        signal();
      });
  }
  o.signal?.removeEventListener('abort', signal);
  await Promise.all(recording);
}
