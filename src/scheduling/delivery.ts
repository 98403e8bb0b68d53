import type { Platform } from '../core/subscriptions/types.js';
import { runPlatform, settle } from './delivery-lanes.js';
import type { DeliveryHooks, DeliveryJob, DeliveryOptions, DeliveryReport } from './delivery-types.js';
import type { Poster } from './poster.js';

/**
 * The delivery worker: posts jobs through each platform's Poster with bounded concurrency, paced
 * per channel and overall (the poster's declared limits), honouring Retry-After, retrying transient
 * errors with exponential backoff and jitter, and stopping a channel at its first permanent error.
 * What it cannot deliver now is "deferred": the planner offers it again on the next tick.
 */

export async function deliver(
  jobs: readonly DeliveryJob[],
  posters: ReadonlyMap<Platform, Poster>,
  hooks: DeliveryHooks,
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = {
    outcomes: new Map(),
    sent: 0,
    permanent: 0,
    deferred: 0,
    dropped: 0,
    rateLimited: 0,
    retries: 0,
  };
  const byPlatform = new Map<Platform, DeliveryJob[]>();
  for (const job of jobs) {
    if (!posters.has(job.channel.platform)) {
      settle(report, job.key, { status: 'dropped', reason: `no poster for ${job.channel.platform}` });
      continue;
    }
    const list = byPlatform.get(job.channel.platform);
    if (list) list.push(job);
    else byPlatform.set(job.channel.platform, [job]);
  }
  await Promise.all(
    [...byPlatform].map(([platform, list]) =>
      runPlatform(list, posters.get(platform) as Poster, hooks, options, report),
    ),
  );
  return report;
}

export type {
  DeliveryHooks,
  DeliveryJob,
  DeliveryOptions,
  DeliveryReport,
  JobOutcome,
} from './delivery-types.js';
