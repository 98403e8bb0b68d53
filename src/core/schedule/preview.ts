import { Temporal } from 'temporal-polyfill';
import type { Answer } from '../answer/answer.js';
import type { Knowledge } from '../engine/index.js';
import type { Subscription } from '../subscriptions/types.js';
import { digestMessage } from './digest-message.js';
import { nextDigestMs } from './digest-times.js';
import type { ReminderOccurrence } from './occurrence.js';
import { plan } from './planner.js';
import { reminderMessage } from './reminder-message.js';
import { eventReminders } from './reminder-times.js';
import { snapshotOf } from './snapshot.js';

/**
 * Every post the planner would make for one subscription as the clock moves from `fromMs` to
 * `toMs`: it jumps from one due time to the next, runs the planner there, on the fact base as
 * known at that moment (`knowledgeAt`), and "delivers" into an in-memory ledger. Pure. Backs
 * `npm run schedule -- preview`.
 */

export interface PreviewPost {
  kind: 'reminder' | 'digest';
  dueMs: number;
  key: string;
  message: Answer;
}

/** Stops runaway previews: at most this many posts. */
export const PREVIEW_LIMIT = 1000;

export function previewPosts(
  knowledgeAt: (ms: number) => Knowledge,
  sub: Subscription,
  fromMs: number,
  toMs: number,
): PreviewPost[] {
  const done = new Set<string>();
  let lastDigest = {
    at: new Date(fromMs).toISOString(),
    hashes: snapshotOf(knowledgeAt(fromMs).facts).hashes,
  };
  const reminders = sub.reminders ? candidateReminders(knowledgeAt(toMs), sub.timeZone) : [];
  const posts: PreviewPost[] = [];
  let t = fromMs - 1;
  while (posts.length < PREVIEW_LIMIT) {
    const nextReminder = reminders.find((r) => r.dueMs > t)?.dueMs ?? Number.POSITIVE_INFINITY;
    const nextDigest = sub.digest ? nextDigestMs(t, sub.timeZone, sub.digest) : Number.POSITIVE_INFINITY;
    t = Math.min(nextReminder, nextDigest);
    if (t > toMs) break;
    const now = new Date(t);
    const kb = knowledgeAt(t);
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

/**
 * Every moment a reminder could fall due in the window: the reminders of every date any report gave
 * an event (up to the window's end). At each one the planner decides from what was known then.
 */
function candidateReminders(kb: Knowledge, zone: string): ReminderOccurrence[] {
  const out: ReminderOccurrence[] = [];
  for (const e of kb.facts.events) {
    for (const o of e.record.date) {
      if (o.reported > kb.facts.day) continue;
      out.push(...eventReminders({ id: e.id, date: o.value.start, status: undefined }, zone, o.reported));
    }
  }
  return out.sort((a, b) => a.dueMs - b.dueMs);
}

/** "2026-03-03T09:00:00-05:00": ISO 8601 with the zone's offset. */
export function isoWithOffset(ms: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(zone)
    .toString({ timeZoneName: 'never' });
}
