import type { Temporal } from 'temporal-polyfill';
import type { Lang, StatusCode } from '../answer/answer.js';
import type { EventRecord } from '../factbase/schema.js';
import { daysBetween, firstDay, formatDateValue, formatPlainDate, lastDay } from '../time/dates.js';

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
  start: Temporal.PlainDate;
  end: Temporal.PlainDate;
  /** Whole days from today (in the event's zone) to its first possible day; negative when past. */
  daysUntil: number;
  /** "March 2026", "February 10–14, 2026". */
  when: string;
}

export function eventState(
  event: EventRecord,
  todayIn: (timeZone: string) => Temporal.PlainDate,
  asOfMonth: string,
  lang: Lang,
): EventState {
  const start = firstDay(event.date);
  const end = lastDay(event.endDate ?? event.date);
  const day = todayIn(event.timeZone);
  const daysUntil = daysBetween(day, start);
  const over = daysBetween(end, day) > 0;
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
    const sourceKnewEnd = end.toString().slice(0, 7) < asOfMonth;
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
  const a = firstDay(event.date);
  const b = lastDay(event.endDate);
  if (event.date.precision === 'day' && event.endDate.precision === 'day' && a.year === b.year) {
    if (lang === 'ja') return `${formatPlainDate(a, 'ja')}〜${b.month}月${b.day}日`;
    return a.month === b.month
      ? `${formatPlainDate(a, 'en').replace(`, ${a.year}`, '')}–${b.day}, ${a.year}`
      : `${formatPlainDate(a, 'en').replace(`, ${a.year}`, '')} – ${formatPlainDate(b, 'en')}`;
  }
  return `${startText} – ${formatDateValue(event.endDate, lang)}`;
}
