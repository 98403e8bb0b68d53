import type { Lang, StatusCode } from '../answer/answer.js';
import type { EventRecord } from '../factbase/schema.js';
import { dayNumber, endKey, startKey } from '../time/date-keys.js';
import { formatDateValue, formatDayKey } from '../time/dates.js';

/** Where an event stands at `now`, given what the newest source knew. */
export type EventPhase =
  | 'past' // held, or its dates are over and the source reported it held/under way
  | 'stale' // expected, its dates are over, and no source after it says what happened
  | 'current' // `now` falls inside its (possibly month-wide) dates
  | 'upcoming';

export interface EventState {
  event: EventRecord;
  phase: EventPhase;
  status: StatusCode;
  /** First and last day it may fall on ('YYYY-MM-DD'). */
  start: string;
  end: string;
  /** Whole days from today (in the event's zone) to its first possible day; negative when past. */
  daysUntil: number;
  /** "March 2026", "February 10–14, 2026". */
  when: string;
}

/** `todayIn(zone)` gives today's 'YYYY-MM-DD' in a zone (the injected clock, seen from there). */
export function eventState(
  event: EventRecord,
  todayIn: (timeZone: string) => string,
  asOfMonth: string,
  lang: Lang,
): EventState {
  const start = startKey(event.date);
  const end = endKey(event.endDate ?? event.date);
  const day = todayIn(event.timeZone);
  const daysUntil = dayNumber(start) - dayNumber(day);
  const over = day > end;
  const inside = !over && daysUntil <= 0;
  let phase: EventPhase;
  let status: StatusCode;
  if (event.status === 'held') {
    phase = 'past';
    status = 'held';
  } else if (event.status === 'cancelled') {
    phase = 'past';
    status = 'cancelled';
  } else if (over) {
    // The source could not know how it went if the event ends after the source's month.
    const sourceKnewEnd = end.slice(0, 7) < asOfMonth;
    phase = event.status === 'under-way' || sourceKnewEnd ? 'past' : 'stale';
    status = event.status === 'under-way' ? 'under-way' : 'no-later-update';
  } else {
    phase = inside ? 'current' : 'upcoming';
    // Before it starts, an event the source reported as under way is, at `now`, still expected.
    status = inside && event.status === 'under-way' ? 'under-way' : 'expected';
  }
  return { event, phase, status, start, end, daysUntil, when: formatWhen(event, lang) };
}

export function formatWhen(event: EventRecord, lang: Lang): string {
  const startText = formatDateValue(event.date, lang);
  if (!event.endDate) return startText;
  if (event.date.precision === 'day' && event.endDate.precision === 'day') {
    const a = event.date.date;
    const b = event.endDate.date;
    const [ay, am] = [a.slice(0, 4), a.slice(5, 7)];
    const [by, bm, bd] = [b.slice(0, 4), Number(b.slice(5, 7)), Number(b.slice(8, 10))];
    if (ay === by) {
      if (lang === 'ja') return `${formatDayKey(a, 'ja')}〜${bm}月${bd}日`;
      const first = formatDayKey(a, 'en').replace(`, ${ay}`, '');
      return am === b.slice(5, 7) ? `${first}–${bd}, ${ay}` : `${first} – ${formatDayKey(b, 'en')}`;
    }
  }
  return `${startText} – ${formatDateValue(event.endDate, lang)}`;
}
