import type { EventNow } from '../knowledge/view.js';
import { startKey } from '../time/date-keys.js';
import { firstDay } from '../time/dates.js';
import { epochDay, minutesOf, zonedInstant } from './local-time.js';
import type { ReminderOccurrence } from './occurrence.js';

/** Reminders go out at this local time in the subscriber's zone. */
export const REMINDER_TIME = '09:00';

const DAY_OFFSETS = [
  { offset: 'd7', days: 7 },
  { offset: 'd1', days: 1 },
  { offset: 'd0', days: 0 },
] as const;

/**
 * Whether an event gets reminders: not reported cancelled or postponed, nor held before its first
 * day. A report on the day itself that it was held does not take back that morning's reminder.
 */
export function remindable(event: Pick<EventNow, 'status' | 'statuses' | 'date'>): boolean {
  if (event.status === undefined) return true;
  if (event.status !== 'held') return false;
  return (event.statuses?.current.reported ?? '') >= startKey(event.date);
}

/** Every reminder of one event for a subscriber in `zone`. */
/**
 * Every reminder of one event for a subscriber in `zone`. `knownOn`: the day its date was reported;
 * a reminder is only for a morning after that day (an event reported on its own day, or the day
 * before, was not a future event anyone could have been reminded of).
 */
export function eventReminders(
  event: Pick<EventNow, 'id' | 'date' | 'status' | 'statuses'>,
  zone: string,
  knownOn?: string,
  morning: (day: number) => number = (day) => zonedInstant(day, minutesOf(REMINDER_TIME), zone),
): ReminderOccurrence[] {
  if (!remindable(event)) return [];
  const after = knownOn ? epochDay(knownOn) : Number.NEGATIVE_INFINITY;
  const d = event.date;
  if (d.precision === 'month') {
    const eventDate = d.part ? `${d.month}-${d.part}` : d.month;
    const first = epochDay(firstDay(d).toString());
    return first > after ? [occurrence(event.id, 'month', eventDate, morning(first))] : [];
  }
  const day = epochDay(d.date);
  return DAY_OFFSETS.filter(({ days }) => day - days > after).map(({ offset, days }) =>
    occurrence(event.id, offset, d.date, morning(day - days)),
  );
}

function occurrence(eventId: string, offset: ReminderOccurrence['offset'], eventDate: string, dueMs: number) {
  return {
    kind: 'reminder' as const,
    eventId,
    offset,
    eventDate,
    dueMs,
    suffix: `reminder:${eventId}:${offset}:${eventDate}`,
  };
}

const cache = new WeakMap<readonly EventNow[], Map<string, ReminderOccurrence[]>>();

/** Every reminder of every event for `zone`, by due time; computed once per fact base and zone. */
export function remindersForZone(events: readonly EventNow[], zone: string): ReminderOccurrence[] {
  let byZone = cache.get(events);
  if (!byZone) {
    byZone = new Map();
    cache.set(events, byZone);
  }
  let list = byZone.get(zone);
  if (!list) {
    // Many events share days: convert each local morning once.
    const mornings = new Map<number, number>();
    const at = minutesOf(REMINDER_TIME);
    const morning = (day: number) => {
      let ms = mornings.get(day);
      if (ms === undefined) {
        ms = zonedInstant(day, at, zone);
        mornings.set(day, ms);
      }
      return ms;
    };
    list = events
      .flatMap((e) => eventReminders(e, zone, e.dates.current.reported, morning))
      .sort((a, b) => a.dueMs - b.dueMs);
    byZone.set(zone, list);
  }
  return list;
}

/** The reminders due in (fromMs, toMs], by binary search on the sorted list. */
export function remindersBetween(
  list: readonly ReminderOccurrence[],
  fromMs: number,
  toMs: number,
): ReminderOccurrence[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.dueMs ?? 0) <= fromMs) lo = mid + 1;
    else hi = mid;
  }
  const out: ReminderOccurrence[] = [];
  for (let i = lo; i < list.length; i++) {
    const o = list[i];
    if (!o || o.dueMs > toMs) break;
    out.push(o);
  }
  return out;
}
