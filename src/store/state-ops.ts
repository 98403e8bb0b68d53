import type { Subscription } from '../core/subscriptions/types.js';
import type { DigestMark, LedgerEntry, State } from './schema.js';

/** The domain operations on the state, as plain functions (run them inside `store.update`). */

export function findSubscription(state: Readonly<State>, id: string): Subscription | undefined {
  return state.subscriptions.find((s) => s.id === id);
}

export function putSubscription(state: State, sub: Subscription): void {
  const i = state.subscriptions.findIndex((s) => s.id === sub.id);
  if (i >= 0) state.subscriptions[i] = sub;
  else state.subscriptions.push(sub);
}

export function removeSubscription(state: State, id: string): boolean {
  const before = state.subscriptions.length;
  state.subscriptions = state.subscriptions.filter((s) => s.id !== id);
  delete state.digests[id];
  pruneSnapshots(state);
  return state.subscriptions.length !== before;
}

export function recordDelivery(state: State, key: string, entry: LedgerEntry): void {
  state.ledger[key] = entry;
}

/** Marks a subscription failing after a permanent error. Returns false if it already was (log once). */
export function markFailing(state: State, id: string, reason: string, at: string): boolean {
  const sub = state.subscriptions.find((s) => s.id === id);
  if (!sub || sub.status === 'failing') return false;
  sub.status = 'failing';
  sub.failure = { reason, at };
  return true;
}

/** Records what a channel's digest covered, keeping the snapshot it will compare against next. */
export function setDigestMark(
  state: State,
  id: string,
  lastAt: string,
  snapshot: { id: string; hashes: Record<string, string> },
): void {
  state.snapshots[snapshot.id] ??= snapshot.hashes;
  const mark: DigestMark = { lastAt, snapshot: snapshot.id };
  state.digests[id] = mark;
  pruneSnapshots(state);
}

export function pruneSnapshots(state: State): void {
  const used = new Set(Object.values(state.digests).map((d) => d.snapshot));
  for (const id of Object.keys(state.snapshots)) if (!used.has(id)) delete state.snapshots[id];
}

/** Drops ledger entries recorded before `before` (the planner never looks that far back). */
export function pruneLedger(state: State, before: string): number {
  const limit = Date.parse(before);
  let dropped = 0;
  for (const [key, entry] of Object.entries(state.ledger)) {
    if (Date.parse(entry.at) < limit) {
      delete state.ledger[key];
      dropped++;
    }
  }
  return dropped;
}
