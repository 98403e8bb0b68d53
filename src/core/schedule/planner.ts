import type { EventNow } from '../knowledge/view.js';
import type { Subscription } from '../subscriptions/types.js';
import { digestsBetween, latestDigestMs } from './digest-times.js';
import { type Due, digestKey, reminderKey } from './occurrence.js';
import { remindersBetween, remindersForZone } from './reminder-times.js';

/**
 * The pure planner: given the time, the fact base, the subscriptions and what was already done,
 * which posts are due now. No I/O, no clock of its own, never throws on valid input.
 */

/** Reminders that came due while the bot was down are still posted within this window. */
export const REMINDER_GRACE_MS = 6 * 3_600_000;

/** What the planner needs to know of the past (a read-only view of the state). */
export interface PlannerLedger {
  /** Whether the delivery with this key is done (sent, or deliberately skipped). */
  has(key: string): boolean;
  /** When the subscription's last digest was due (ISO 8601), if it has had one. */
  lastDigestAt(subscriptionId: string): string | undefined;
  /** When the previous tick ran: reminders due between it and the grace window are reported skipped. */
  readonly lastTickAt: string | null;
}

export interface Plan {
  /** Posts to make now, oldest first. */
  due: Due[];
  /** Reminders that came due while nothing ran and are now too old to post: to be logged. */
  skipped: Due[];
}

export interface PlanOptions {
  reminderGraceMs?: number;
}

/**
 * `facts`: the fact base as known at `now` (the engine's knowledgeAt(now).facts): reminders are
 * planned only for what had been reported by then.
 */
export function plan(
  now: Date,
  facts: { readonly events: readonly EventNow[] },
  subscriptions: readonly Subscription[],
  ledger: PlannerLedger,
  options: PlanOptions = {},
): Plan {
  const nowMs = now.getTime();
  const grace = options.reminderGraceMs ?? REMINDER_GRACE_MS;
  const lastTickMs = ledger.lastTickAt ? Date.parse(ledger.lastTickAt) : null;
  const due: Due[] = [];
  const skipped: Due[] = [];

  const byZone = new Map<string, Subscription[]>();
  const digestGroups = new Map<string, { ms: number; iso: string }>();
  for (const sub of subscriptions) {
    if (sub.status !== 'active') continue;
    if (sub.reminders) {
      const list = byZone.get(sub.timeZone);
      if (list) list.push(sub);
      else byZone.set(sub.timeZone, [sub]);
    }
    if (sub.digest) {
      const d = sub.digest;
      const group = `${sub.timeZone}|${d.cadence}|${d.day}|${d.time}`;
      let latest = digestGroups.get(group);
      if (!latest) {
        const ms = latestDigestMs(nowMs, sub.timeZone, d);
        latest = { ms, iso: new Date(ms).toISOString() };
        digestGroups.set(group, latest);
      }
      const since = ledger.lastDigestAt(sub.id) ?? sub.createdAt;
      const digestSinceMs = Date.parse(since);
      if (digestSinceMs >= latest.ms) continue;
      const key = digestKey(sub.id, latest.iso);
      if (!ledger.has(key)) {
        const merged = digestsBetween(digestSinceMs, latest.ms, d);
        due.push({ key, subscription: sub, occurrence: { kind: 'digest', dueMs: latest.ms, since, merged } });
      }
    }
  }

  for (const [zone, subs] of byZone) {
    const all = remindersForZone(facts.events, zone);
    const windowStart = nowMs - grace;
    const current = remindersBetween(all, windowStart, nowMs);
    const missed =
      lastTickMs !== null && lastTickMs < windowStart ? remindersBetween(all, lastTickMs, windowStart) : [];
    if (!current.length && !missed.length) continue;
    for (const sub of subs) {
      for (const occurrence of current) {
        const key = reminderKey(sub.id, occurrence);
        if (!ledger.has(key)) due.push({ key, subscription: sub, occurrence });
      }
      for (const occurrence of missed) {
        if (occurrence.dueMs < Date.parse(sub.createdAt)) continue;
        const key = reminderKey(sub.id, occurrence);
        if (!ledger.has(key)) skipped.push({ key, subscription: sub, occurrence });
      }
    }
  }

  due.sort((a, b) => a.occurrence.dueMs - b.occurrence.dueMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { due, skipped };
}
