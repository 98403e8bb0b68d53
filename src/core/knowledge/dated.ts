import type { DateSpanValue, DateValueRecord, ObservationRecord } from '../factbase/schema-common.js';
import { endKey, startKey } from '../time/date-keys.js';

/**
 * A dated value as known on one day: what holds now, what was said before, and, for a declared
 * conflict, every side at once. Pure; `day` is a 'YYYY-MM-DD' key (reports of that day count).
 */
export interface Resolved<T> {
  /** The value that holds (for a conflict: the side reported last). */
  value: T;
  /** The observation it comes from. */
  current: ObservationRecord<T>;
  /** All sides of a declared conflict visible on the day (the latest per distinct value), else undefined. */
  sides?: ObservationRecord<T>[] | undefined;
  conflict?: string | undefined;
  /** Earlier visible observations with other values, oldest first: the history. */
  earlier: ObservationRecord<T>[];
}

/** The history of a value reported once: one shared, frozen empty list (most values have no history). */
const NO_HISTORY: readonly never[] = Object.freeze([]);

/**
 * `keepsOlder(older, newer)`: the newer report only restates the older less precisely (a month
 * after an exact day within it), so the older one still holds. `strength(o)`: how well an
 * observation is sourced; the sides of a conflict are ordered by it, and the best one leads.
 */
export function resolve<T>(
  list: readonly ObservationRecord<T>[] | undefined,
  day: string,
  keepsOlder?: (older: T, newer: T) => boolean,
  strength?: (o: ObservationRecord<T>) => number,
): Resolved<T> | undefined {
  if (!list?.length) return undefined;
  // Most values were reported once: no history, no sides, nothing to compare.
  if (list.length === 1) {
    const only = list[0] as ObservationRecord<T>;
    return only.reported <= day
      ? { value: only.value, current: only, sides: undefined, conflict: undefined, earlier: NO_HISTORY as [] }
      : undefined;
  }
  let current: ObservationRecord<T> | undefined;
  for (const o of list) {
    if (o.reported > day) continue;
    if (!current || o.reported >= current.reported) {
      if (current && keepsOlder && !o.conflict && keepsOlder(current.value, o.value)) continue;
      current = o;
    }
  }
  if (!current) return undefined;
  const cur = current;
  const key = (v: unknown) => JSON.stringify(v);
  let sides: ObservationRecord<T>[] | undefined;
  if (cur.conflict) {
    const byValue = new Map<string, ObservationRecord<T>>();
    for (const o of list) if (o.reported <= day && o.conflict === cur.conflict) byValue.set(key(o.value), o);
    sides = byValue.size > 1 ? [...byValue.values()] : undefined;
  }
  const shown = new Set([key(cur.value), ...(sides ?? []).map((s) => key(s.value))]);
  const earlier: ObservationRecord<T>[] = [];
  const seen = new Set<string>();
  for (const o of list) {
    const k = key(o.value);
    if (o.reported > day || shown.has(k) || seen.has(k)) continue;
    seen.add(k);
    earlier.push(o);
  }
  if (sides && strength) {
    // The sides in order of how well sourced they are (then the latest first); the best leads.
    sides.sort(
      (a, b) => strength(b) - strength(a) || (a.reported < b.reported ? 1 : a.reported > b.reported ? -1 : 0),
    );
    const best = sides[0] as ObservationRecord<T>;
    return { value: best.value, current: best, sides, conflict: cur.conflict, earlier };
  }
  return { value: cur.value, current: cur, sides, conflict: sides ? cur.conflict : undefined, earlier };
}

/** The first day any observation was reported, or undefined for none. */
export function firstReported(list: readonly { reported: string }[] | undefined): string | undefined {
  let first: string | undefined;
  if (list) for (const o of list) if (first === undefined || o.reported < first) first = o.reported;
  return first;
}

/** A newer date that is only a vaguer form of an older exact one ("March" after "March 19"). */
export function vaguerDate(older: DateValueRecord, newer: DateValueRecord): boolean {
  if (newer.precision === 'day') return false;
  if (older.precision === 'month' && !(older.part && !newer.part)) return false;
  return startKey(newer) <= startKey(older) && endKey(older) <= endKey(newer);
}

export function vaguerSpan(older: DateSpanValue, newer: DateSpanValue): boolean {
  return (
    vaguerDate(older.start, newer.start) &&
    (!newer.end || !older.end || vaguerDate(older.end, newer.end) || endKey(older.end) <= endKey(newer.end))
  );
}
