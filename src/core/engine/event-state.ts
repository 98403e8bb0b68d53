import type { Lang, StatusCode } from '../answer/answer.js';
import type { EventNow } from '../knowledge/view.js';
import { dayNumber, endKey, startKey } from '../time/date-keys.js';
import { formatDateValue, formatDayKey } from '../time/dates.js';

/** Where an event stands at `now`, given what was reported by then. */
export type EventPhase =
  | 'past' // reported held or cancelled, or its dates are over within what the sources cover
  | 'stale' // its dates are over, but the sources end before it did: how it went is not known
  | 'current' // `now` falls inside its (possibly month-wide) dates
  | 'upcoming';

export interface EventState {
  event: EventNow;
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

/**
 * `todayIn(zone)` gives today's 'YYYY-MM-DD' in a zone (the injected clock, seen from there);
 * `knownTo`: the last day the knowledge reaches (the view's day, or the end of the sources).
 * Held, under way and expected follow from the dates; only cancelled and postponed (and an
 * explicit "held") come from reports.
 */
export function eventState(
  event: EventNow,
  todayIn: (timeZone: string) => string,
  knownTo: string,
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
  if (event.status === 'cancelled' || event.status === 'postponed') {
    phase = 'past';
    status = event.status;
  } else if (event.status === 'held' && (over || inside)) {
    phase = over ? 'past' : 'current';
    status = over ? 'held' : 'under-way';
  } else if (over) {
    // Held, as far as the sources go; if they end before the event did, how it went is not known.
    phase = end < knownTo ? 'past' : 'stale';
    status = phase === 'past' ? 'held' : 'no-later-update';
  } else {
    phase = inside ? 'current' : 'upcoming';
    status = inside ? 'under-way' : 'expected';
  }
  return { event, phase, status, start, end, daysUntil, when: formatWhen(event, lang) };
}

export function formatWhen(event: Pick<EventNow, 'date' | 'endDate'>, lang: Lang): string {
  const startText = formatDateValue(event.date, lang);
  if (!event.endDate) return startText;
  if (event.date.precision === 'day' && event.endDate.precision === 'day') {
    const a = event.date.date;
    const b = event.endDate.date;
    if (a === b) return startText;
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
