import { lowerBound, shiftKey } from '../time/date-keys.js';

export { shiftKey };

import type { EventSpan, Knowledge } from './knowledge.js';

/** Range queries over the events sorted by first day: each touches only the events it returns. */

/** Long events that started before the short events' look-back and match: few (see Knowledge.longSpans). */
function longBefore(kb: Knowledge, floor: string, keep: (s: EventSpan) => boolean): EventSpan[] {
  return kb.longSpans.filter((s) => s.start < floor && keep(s));
}

/** Merges two lists sorted by first day, keeping the first `limit`. */
function merged(a: EventSpan[], b: EventSpan[], limit: number): EventSpan[] {
  if (!a.length) return b.slice(0, limit);
  return [...a, ...b].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0)).slice(0, limit);
}

/** Events whose dates touch [from, to], oldest first, at most `limit`. */
export function overlapping(kb: Knowledge, from: string, to: string, limit: number): EventSpan[] {
  const out: EventSpan[] = [];
  const spans = kb.spans;
  const floor = shiftKey(from, -kb.maxEventDays);
  for (let i = lowerBound(spans, floor, (s) => s.start); i < spans.length; i++) {
    const s = spans[i] as EventSpan;
    if (s.start > to || out.length >= limit) break;
    if (s.end >= from) out.push(s);
  }
  return merged(
    longBefore(kb, floor, (s) => s.end >= from && s.start <= to),
    out,
    limit,
  );
}

/** Events not known to be over by `from` (not cancelled or postponed), oldest first, at most `limit`. */
export function notOver(kb: Knowledge, from: string, limit: number): EventSpan[] {
  const out: EventSpan[] = [];
  const spans = kb.spans;
  const floor = shiftKey(from, -kb.maxEventDays);
  const open = (s: EventSpan) =>
    s.end >= from && s.event.status !== 'cancelled' && s.event.status !== 'postponed';
  for (let i = lowerBound(spans, floor, (s) => s.start); i < spans.length; i++) {
    const s = spans[i] as EventSpan;
    if (out.length >= limit) break;
    if (open(s)) out.push(s);
  }
  return merged(longBefore(kb, floor, open), out, limit);
}

/** Events not reported held, cancelled or postponed that ended between `since` and `before` (oldest first, at most `limit`). */
export function endedExpected(kb: Knowledge, since: string, before: string, limit: number): EventSpan[] {
  const out: EventSpan[] = [];
  const spans = kb.spans;
  const floor = shiftKey(since, -kb.maxEventDays);
  const ended = (s: EventSpan) => s.end < before && s.end >= since && s.event.status === undefined;
  for (let i = lowerBound(spans, before, (s) => s.start) - 1; i >= 0 && out.length < limit; i--) {
    const s = spans[i] as EventSpan;
    if (s.start < floor) break;
    if (ended(s)) out.push(s);
  }
  return merged(longBefore(kb, floor, ended), out.reverse(), limit);
}

/** A window of `size` events around `key` (for a timeline too long to show whole). */
export function around(kb: Knowledge, key: string, size: number): EventSpan[] {
  if (kb.spans.length <= size) return [...kb.spans];
  const at = lowerBound(kb.spans, key, (s) => s.start);
  const start = Math.max(0, Math.min(at - Math.floor(size / 2), kb.spans.length - size));
  return kb.spans.slice(start, start + size);
}
