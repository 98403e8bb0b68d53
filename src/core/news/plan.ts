import type { Subscription } from '../subscriptions/types.js';
import { type NewsReport, newsKey } from './report.js';

/**
 * Which news reports are due in which channel. Pure, like the schedule planner: the ledger says
 * what was already posted (or deliberately skipped), so each report goes out once per channel.
 */

/** Only reports first seen this recently are posted (well inside the ledger's 40-day retention). */
export const NEWS_WINDOW_MS = 3 * 86_400_000;
/** A report published this long before the bot first saw it is a feed's backlog: never posted. */
export const NEWS_BACKLOG_MS = 48 * 3_600_000;
/** At most this many reports per channel per tick; the rest follow on the next ticks. */
export const NEWS_PER_CHANNEL = 5;

export interface NewsDue {
  key: string;
  subscription: Subscription;
  report: NewsReport;
}

/** Whether a report is fresh enough to post at all (not old, not a feed's backlog). */
export function postable(report: NewsReport, nowMs: number): boolean {
  const seen = Date.parse(report.firstSeen);
  if (!(seen >= nowMs - NEWS_WINDOW_MS)) return false;
  if (report.published === undefined) return true;
  const published = Date.parse(report.published);
  return !(seen - published > NEWS_BACKLOG_MS);
}

/** Oldest first: by first seen, then published, then id (a stable order for one poll's reports). */
function oldestFirst(a: NewsReport, b: NewsReport): number {
  if (a.firstSeen !== b.firstSeen) return a.firstSeen < b.firstSeen ? -1 : 1;
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function planNews(
  now: Date,
  subscriptions: readonly Subscription[],
  reports: readonly NewsReport[],
  has: (key: string) => boolean,
): NewsDue[] {
  const nowMs = now.getTime();
  const fresh = reports.filter((r) => postable(r, nowMs)).sort(oldestFirst);
  const due: NewsDue[] = [];
  if (!fresh.length) return due;
  for (const sub of subscriptions) {
    if (sub.status !== 'active' || !sub.news) continue;
    let count = 0;
    for (const report of fresh) {
      if (count >= NEWS_PER_CHANNEL) break;
      if (report.firstSeen < sub.createdAt) continue;
      const key = newsKey(sub.id, report.id);
      if (has(key)) continue;
      due.push({ key, subscription: sub, report });
      count++;
    }
  }
  return due;
}
