import type { Subscription } from '../subscriptions/types.js';

/** What a scheduled post is: a reminder of one event at one offset, or one digest. */

/** 7 days before, 1 day before, the morning of the day; or the start of an event's month. */
export type ReminderOffset = 'd7' | 'd1' | 'd0' | 'month';

export interface ReminderOccurrence {
  kind: 'reminder';
  eventId: string;
  offset: ReminderOffset;
  /** The event's date as the reminder saw it: YYYY-MM-DD, or YYYY-MM (plus -early/-mid/-late). */
  eventDate: string;
  /** When it is due, epoch milliseconds. */
  dueMs: number;
  /** The key after the subscription id: `reminder:<event>:<offset>:<date>`. */
  suffix: string;
}

export interface DigestOccurrence {
  kind: 'digest';
  dueMs: number;
  /** When the channel's previous digest was (or its subscription began), ISO 8601. */
  since: string;
  /** Digests that came due while nothing was posted and that this one replaces. */
  merged: number;
}

export type Occurrence = ReminderOccurrence | DigestOccurrence;

/** One post the planner says is due (or was skipped): a subscription and an occurrence. */
export interface Due {
  /** Stable: the same post always has the same key, so the ledger can tell it was sent. */
  key: string;
  subscription: Subscription;
  occurrence: Occurrence;
}

export function reminderKey(
  subscriptionId: string,
  o: Pick<ReminderOccurrence, 'eventId' | 'offset' | 'eventDate'>,
): string {
  return `${subscriptionId}|reminder:${o.eventId}:${o.offset}:${o.eventDate}`;
}

export function digestKey(subscriptionId: string, dueIso: string): string {
  return `${subscriptionId}|digest:${dueIso}`;
}

/** The subscription id part of a delivery key. */
export function keySubscription(key: string): string {
  return key.slice(0, key.lastIndexOf('|'));
}
