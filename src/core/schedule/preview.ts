import { Temporal } from 'temporal-polyfill';
import type { Answer } from '../answer/answer.js';
import type { Knowledge } from '../engine/index.js';
import type { Subscription } from '../subscriptions/types.js';
import { digestMessage } from './digest-message.js';
import { nextDigestMs } from './digest-times.js';
import { plan } from './planner.js';
import { reminderMessage } from './reminder-message.js';
import { remindersForZone } from './reminder-times.js';
import { snapshotOf } from './snapshot.js';

/**
 * Every post the planner would make for one subscription as the clock moves from `fromMs` to
 * `toMs`: it jumps from one due time to the next, runs the planner there and "delivers" into an
 * in-memory ledger. Pure. Backs `npm run schedule -- preview`.
 */

export interface PreviewPost {
  kind: 'reminder' | 'digest';
  dueMs: number;
  key: string;
  message: Answer;
}

/** Stops runaway previews: at most this many posts. */
export const PREVIEW_LIMIT = 1000;

export function previewPosts(kb: Knowledge, sub: Subscription, fromMs: number, toMs: number): PreviewPost[] {
  const done = new Set<string>();
  const snapshot = snapshotOf(kb.facts);
  let lastDigest = { at: new Date(fromMs).toISOString(), hashes: snapshot.hashes };
  const reminders = sub.reminders ? remindersForZone(kb.facts.events, sub.timeZone) : [];
  const posts: PreviewPost[] = [];
  let t = fromMs - 1;
  while (posts.length < PREVIEW_LIMIT) {
    const nextReminder = reminders.find((r) => r.dueMs > t)?.dueMs ?? Number.POSITIVE_INFINITY;
    const nextDigest = sub.digest ? nextDigestMs(t, sub.timeZone, sub.digest) : Number.POSITIVE_INFINITY;
    t = Math.min(nextReminder, nextDigest);
    if (t > toMs) break;
    const now = new Date(t);
    const ledger = { has: (k: string) => done.has(k), lastDigestAt: () => lastDigest.at, lastTickAt: null };
    const { due } = plan(now, kb.facts, [sub], ledger, { reminderGraceMs: 1 });
    for (const d of due) {
      done.add(d.key);
      const o = d.occurrence;
      if (o.kind === 'reminder') {
        const message = reminderMessage(kb, o, sub.timeZone, sub.lang);
        if (message) posts.push({ kind: 'reminder', dueMs: o.dueMs, key: d.key, message });
        continue;
      }
      const result = digestMessage(kb, sub, o, lastDigest.hashes);
      lastDigest = { at: new Date(o.dueMs).toISOString(), hashes: result.snapshot.hashes };
      if (result.message) posts.push({ kind: 'digest', dueMs: o.dueMs, key: d.key, message: result.message });
    }
  }
  return posts;
}

/** "2026-03-03T09:00:00-05:00": ISO 8601 with the zone's offset. */
export function isoWithOffset(ms: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(zone)
    .toString({ timeZoneName: 'never' });
}
