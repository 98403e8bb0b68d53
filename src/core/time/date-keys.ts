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
