import type { Platform } from '../core/subscriptions/types.js';
import type { StateStore } from '../store/store.js';
import { deliver } from './delivery.js';
import type { DeliveryHooks, DeliveryJob, DeliveryOptions, DeliveryReport } from './delivery-types.js';
import type { Poster } from './poster.js';

/**
 * Delivery with claims: each post is claimed in the store before it is sent, so processes sharing
 * a store (PostgreSQL replicas, `run-once` beside a running bot) send it once in total. Claims carry
 * a lease, renewed while this process delivers; a killed process stops renewing, its claims expire,
 * and another process delivers those posts on its next tick. Unsent claims are released at the end.
 */

export interface ClaimOptions {
  store: StateStore;
  owner: string;
  leaseMs: number;
  /** Posts claimed at a time; 0 claims the whole tick at once (a store only this process uses). */
  batch: number;
}

export interface ClaimedReport extends DeliveryReport {
  /** Due here, but claimed or already recorded by another process. */
  elsewhere: number;
}

export async function deliverClaimed(
  jobs: readonly DeliveryJob[],
  posters: ReadonlyMap<Platform, Poster>,
  hooks: DeliveryHooks,
  options: DeliveryOptions,
  claim: ClaimOptions,
): Promise<ClaimedReport> {
  const total: ClaimedReport = {
    outcomes: new Map(),
    sent: 0,
    permanent: 0,
    deferred: 0,
    dropped: 0,
    rateLimited: 0,
    retries: 0,
    elsewhere: 0,
  };
  if (!jobs.length) return total;
  const { store, owner, leaseMs } = claim;
  const size = claim.batch > 0 ? claim.batch : jobs.length;
  const globalWindows = options.globalWindows ?? new Map();
  const renew = setInterval(
    () => {
      store.renewClaims(owner, leaseMs).catch(() => undefined);
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  renew.unref();
  try {
    for (let i = 0; i < jobs.length; i += size) {
      if (options.signal?.aborted) break;
      const slice = jobs.slice(i, i + size);
      const held = new Set(
        await store.claimDeliveries(
          slice.map((j) => j.key),
          owner,
          leaseMs,
        ),
      );
      total.elsewhere += slice.length - held.size;
      const mine = slice.filter((j) => held.has(j.key));
      if (!mine.length) continue;
      const report = await deliver(mine, posters, hooks, { ...options, globalWindows });
      merge(total, report);
      // Nothing got through (the platform is down or we are stopping): leave the rest for the next tick.
      if (report.sent === 0 && report.deferred > 0) break;
    }
  } finally {
    clearInterval(renew);
    await store.releaseClaims(owner).catch(() => undefined);
  }
  return total;
}

function merge(total: ClaimedReport, part: DeliveryReport): void {
  for (const [key, outcome] of part.outcomes) total.outcomes.set(key, outcome);
  total.sent += part.sent;
  total.permanent += part.permanent;
  total.deferred += part.deferred;
  total.dropped += part.dropped;
  total.rateLimited += part.rateLimited;
  total.retries += part.retries;
}
