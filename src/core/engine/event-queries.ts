import { lowerBound, shiftKey } from '../time/date-keys.js';

export { shiftKey };

import type { EventSpan, Knowledge } from './knowledge.js';

/** Range queries over the events sorted by first day: each touches only the events it returns. */

/** Events whose dates touch [from, to], oldest first, at most `limit`. */
export function overlapping(kb: Knowledge, from: string, to: string, limit: number): EventSpan[] {
  const out: EventSpan[] = [];
  const spans = kb.spans;
  for (let i = lowerBound(spans, shiftKey(from, -kb.maxEventDays), (s) => s.start); i < spans.length; i++) {
    const s = spans[i] as EventSpan;
    if (s.start > to || out.length >= limit) break;
    if (s.end >= from) out.push(s);
  }
  return out;
}

/** Events not known to be over by `from` (not held or cancelled), oldest first, at most `limit`. */
export function notOver(kb: Knowledge, from: string, limit: number): EventSpan[] {
  const out: EventSpan[] = [];
  const spans = kb.spans;
  for (let i = lowerBound(spans, shiftKey(from, -kb.maxEventDays), (s) => s.start); i < spans.length; i++) {
    const s = spans[i] as EventSpan;
    if (out.length >= limit) break;
    if (s.end >= from && s.event.status !== 'cancelled' && s.event.status !== 'postponed') out.push(s);
  }
  return out;
}

/** Events not reported held, cancelled or postponed that ended between `since` and `before` (oldest first, at most `limit`). */
export function endedExpected(kb: Knowledge, since: string, before: string, limit: number): EventSpan[] {
  const out: EventSpan[] = [];
  const spans = kb.spans;
  const floor = shiftKey(since, -kb.maxEventDays);
  for (let i = lowerBound(spans, before, (s) => s.start) - 1; i >= 0 && out.length < limit; i--) {
    const s = spans[i] as EventSpan;
    if (s.start < floor) break;
    if (s.end < before && s.end >= since && s.event.status === undefined) out.push(s);
  }
  return out.reverse();
}

/** A window of `size` events around `key` (for a timeline too long to show whole). */
export function around(kb: Knowledge, key: string, size: number): EventSpan[] {
  if (kb.spans.length <= size) return [...kb.spans];
  const at = lowerBound(kb.spans, key, (s) => s.start);
  const start = Math.max(0, Math.min(at - Math.floor(size / 2), kb.spans.length - size));
  return kb.spans.slice(start, start + size);
}
