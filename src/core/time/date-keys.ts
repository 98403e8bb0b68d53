import type { DateValueRecord } from '../factbase/schema.js';

/**
 * Sortable 'YYYY-MM-DD' keys for the first and last day a date value may mean, computed with plain
 * string arithmetic (no Temporal objects): cheap enough to index 100,000 events at load.
 */

const PART_START = { early: '01', mid: '11', late: '21' } as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function startKey(d: DateValueRecord): string {
  if (d.precision === 'day') return d.date;
  return `${d.month}-${d.part ? PART_START[d.part] : '01'}`;
}

export function endKey(d: DateValueRecord): string {
  if (d.precision === 'day') return d.date;
  if (d.part === 'early') return `${d.month}-10`;
  if (d.part === 'mid') return `${d.month}-20`;
  const year = Number(d.month.slice(0, 4));
  const month = Number(d.month.slice(5, 7));
  return `${d.month}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** Index of the first element whose key is >= `key` in a list sorted by that key. */
export function lowerBound<T>(list: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' key. */
export function dayNumber(key: string): number {
  const y = digits(key, 0, 4);
  const m = digits(key, 5, 7);
  const d = digits(key, 8, 10);
  // Arithmetic for a well-formed real date (indexing 100,000 events parses no strings);
  // anything else as Date.parse reads it.
  if (
    key.length !== 10 ||
    key[4] !== '-' ||
    key[7] !== '-' ||
    m < 1 ||
    m > 12 ||
    d < 1 ||
    d > daysInMonth(y, m)
  )
    return Math.floor(Date.parse(`${key}T00:00:00Z`) / 86_400_000);
  // Days from the civil date (H. Hinnant's algorithm, proleptic Gregorian).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The number written by key[from .. to) in decimal digits, or -1. */
function digits(key: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i) - 0x30;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function shiftKey(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(key: string): number {
  // 1970-01-01 (day 0) was a Thursday (index 3); dayNumber is arithmetic, with no Date to allocate,
  // and this is called for every date an answer formats.
  return (((dayNumber(key) + 3) % 7) + 7) % 7;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The last date computed in each zone, for its second (every UTC offset is whole seconds). */
const lastDay = new Map<string, { second: number; day: string }>();

/** The calendar date ('YYYY-MM-DD') at an instant in a time zone; one formatter per zone, reused. */
export function zoneToday(epochMs: number, timeZone: string): string {
  const second = Math.floor(epochMs / 1000);
  const last = lastDay.get(timeZone);
  if (last?.second === second) return last.day;
  const day = formatDay(epochMs, timeZone);
  lastDay.set(timeZone, { second, day });
  return day;
}

function formatDay(epochMs: number, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  let y = '';
  let m = '';
  let d = '';
  for (const part of f.formatToParts(epochMs)) {
    if (part.type === 'year') y = part.value;
    else if (part.type === 'month') m = part.value;
    else if (part.type === 'day') d = part.value;
  }
  return `${y.padStart(4, '0')}-${m}-${d}`;
}
