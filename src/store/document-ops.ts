import type { Subscription } from '../core/subscriptions/types.js';
import { createStateNewsStore, loadNewsInto } from './news-state.js';
import type { State } from './schema.js';
import {
  findSubscription,
  markFailing,
  pruneLedger,
  pruneSnapshots,
  putSubscription,
  recordDelivery,
  removeSubscription,
  setDigestMark,
} from './state-ops.js';
import type { ImportCounts, StateStore } from './store.js';

/**
 * A whole-state document (the lowdb file, or memory): read it all, change it, write it all. One
 * process owns it, so claims and event sightings live in this process's memory.
 */
export interface StateDocument {
  /** The current state. Read-only by convention: change it only through update(). */
  read(): Readonly<State>;
  /**
   * Applies `change` to the state and persists it. Calls are serialised in the order made; each
   * resolves once a write containing its change is stored. Concurrent calls share one write.
   */
  update<T>(change: (state: State) => T): Promise<T>;
}

type Operations = Omit<StateStore, 'location' | 'shared' | 'close'>;

/** The state port's operations over a document, as plain functions of state-ops.ts. */
export function documentOperations(doc: StateDocument, wallClock: () => number = Date.now): Operations {
  const claims = new Map<string, { owner: string; until: number }>();
  const sightings = new Map<string, number>();

  return {
    async listSubscriptions(filter) {
      const all = doc.read().subscriptions;
      const subs = filter
        ? all.filter(
            (s) => s.channel.platform === filter.platform && s.channel.workspace === filter.workspace,
          )
        : all;
      return structuredClone(subs) as Subscription[];
    },
    async getSubscription(id) {
      const sub = findSubscription(doc.read(), id);
      return sub ? structuredClone(sub) : undefined;
    },
    subscribe: (sub, startDigest) =>
      doc.update((s) => {
        putSubscription(s, sub);
        if (startDigest && !s.digests[sub.id]) {
          setDigestMark(s, sub.id, startDigest.lastAt, startDigest.snapshot);
        }
      }),
    unsubscribe: (id, remaining) =>
      doc.update((s) => {
        if (remaining) {
          putSubscription(s, remaining);
          if (!remaining.digest) {
            delete s.digests[id];
            pruneSnapshots(s);
          }
        } else removeSubscription(s, id);
      }),
    markFailing: (id, reason, at) => doc.update((s) => markFailing(s, id, reason, at)),

    async scheduleState() {
      return doc.read() as State;
    },
    async claimDeliveries(keys, owner, leaseMs) {
      const now = wallClock();
      const ledger = doc.read().ledger;
      const held: string[] = [];
      for (const key of [...new Set(keys)].sort()) {
        if (Object.hasOwn(ledger, key)) continue;
        const claim = claims.get(key);
        if (claim && claim.owner !== owner && claim.until > now) continue;
        claims.set(key, { owner, until: now + leaseMs });
        held.push(key);
      }
      return held;
    },
    async renewClaims(owner, leaseMs) {
      const until = wallClock() + leaseMs;
      for (const claim of claims.values()) if (claim.owner === owner) claim.until = until;
    },
    async releaseClaims(owner) {
      for (const [key, claim] of claims) if (claim.owner === owner) claims.delete(key);
    },
    async recordDelivery(key, entry, digest) {
      await doc.update((s) => {
        recordDelivery(s, key, entry);
        if (digest) setDigestMark(s, digest.subscriptionId, digest.lastAt, digest.snapshot);
      });
      claims.delete(key);
    },
    markDigest: (id, update) => doc.update((s) => setDigestMark(s, id, update.lastAt, update.snapshot)),
    finishTick: (at, pruneBefore) =>
      doc.update((s) => {
        s.lastTickAt = at;
        pruneLedger(s, pruneBefore);
      }),

    putInstallation: (key, record) =>
      doc.update((s) => {
        s.installations[key] = record;
      }),
    async getInstallation(key) {
      const record = doc.read().installations[key];
      return record ? { ...record } : undefined;
    },
    deleteInstallation: (key) =>
      doc.update((s) => {
        if (!Object.hasOwn(s.installations, key)) return false;
        delete s.installations[key];
        return true;
      }),

    async firstSighting(eventKey, ttlMs) {
      const now = wallClock();
      for (const [key, at] of sightings) {
        if (now - at < ttlMs) break;
        sightings.delete(key);
      }
      const at = sightings.get(eventKey);
      if (at !== undefined && now - at < ttlMs) return false;
      sightings.delete(eventKey);
      sightings.set(eventKey, now);
      return true;
    },

    async exportState() {
      return structuredClone(doc.read()) as State;
    },
    importState: (state) =>
      doc.update((s) => {
        const counts: ImportCounts = {
          subscriptions: state.subscriptions.length,
          ledger: Object.keys(state.ledger).length,
          digests: Object.keys(state.digests).length,
          snapshots: Object.keys(state.snapshots).length,
          installations: Object.keys(state.installations).length,
          newsItems: state.news.items.length,
          newsFeeds: Object.keys(state.news.feeds).length,
        };
        for (const sub of state.subscriptions) putSubscription(s, structuredClone(sub));
        Object.assign(s.ledger, structuredClone(state.ledger));
        Object.assign(s.snapshots, structuredClone(state.snapshots));
        Object.assign(s.digests, structuredClone(state.digests));
        Object.assign(s.installations, structuredClone(state.installations));
        loadNewsInto(s, state.news);
        if (state.lastTickAt && (!s.lastTickAt || Date.parse(state.lastTickAt) > Date.parse(s.lastTickAt)))
          s.lastTickAt = state.lastTickAt;
        return counts;
      }),

    ...createStateNewsStore(doc),
  };
}
