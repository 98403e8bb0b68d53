/**
 * Fast wall-clock arithmetic for the planner, which runs every minute over thousands of
 * subscriptions: the polyfilled Temporal costs ~90 µs per zoned conversion here, Intl offsets ~3 µs.
 * Same results as Temporal with `disambiguation: 'compatible'` (checked against it in tests): a time
 * in a DST gap moves forward by the gap, an ambiguous time takes the earlier instant.
 */

const DAY_MS = 86_400_000;
const HALF_DAY_MS = DAY_MS / 2;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds (Tokyo: +9 h). */
export function offsetMs(zone: string, ms: number): number {
  const at = Math.floor(ms / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(at))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - at;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function epochDay(isoDate: string): number {
  return (
    Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) /
    DAY_MS
  );
}

/** ISO weekday (Monday 1 … Sunday 7) of an epoch day. */
export function weekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The local date (as an epoch day) at an instant in a zone. */
export function localDay(ms: number, zone: string): number {
  return Math.floor((ms + offsetMs(zone, ms)) / DAY_MS);
}

/** The instant of a local wall time (`minutes` after midnight of `day`) in `zone`. */
export function zonedInstant(day: number, minutes: number, zone: string): number {
  const wall = day * DAY_MS + minutes * 60_000;
  const before = offsetMs(zone, wall - HALF_DAY_MS);
  const after = offsetMs(zone, wall + HALF_DAY_MS);
  const early = wall - before;
  if (before === after) return early;
  const late = wall - after;
  const valid = [early, late].filter((t) => offsetMs(zone, t) === wall - t);
  if (valid.length) return Math.min(...valid);
  // In a gap (spring forward): the wall time does not exist; move it forward by the gap.
  return early;
}

/** "09:00" → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
