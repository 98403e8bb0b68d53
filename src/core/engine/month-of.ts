/**
 * Which year a month named without one means ("in december", "since march", "12月以降"), as of the
 * clock's day: a question about the past means the latest such month not after today, a question
 * about the future the next one from today, and any other the one the fact base has events in,
 * else the nearest. Pure.
 */
import type { detectMonth } from './cues.js';

export type MonthCue = NonNullable<ReturnType<typeof detectMonth>>;

/** The way a question leans in time: what happened, what will happen, or neither. */
export type Lean = 'past' | 'future' | 'either';

const PAST =
  /\b(did|was|were|happened|has been|have been|had|ago|since|so far|went|took|signed|announced|met|visited)\b/;
const PAST_JA = /した|でした|だった|以降|以来|ました|された|あった/;
const FUTURE = /\b(will|going to|gonna|upcoming|coming|next|planned|scheduled|expected|due)\b/;
const FUTURE_JA = /予定|する予定|される|見込み|来年|今後/;

export function leanOf(normalized: string, raw: string): Lean {
  const past = PAST.test(normalized) || PAST_JA.test(raw);
  const future = FUTURE.test(normalized) || FUTURE_JA.test(raw);
  return past === future ? 'either' : past ? 'past' : 'future';
}

/**
 * The year and month meant. `today`: 'YYYY-MM-DD'; `yearsWithEvents`: the years in which the fact
 * base has events in that month.
 */
export function monthOf(
  m: MonthCue,
  today: string,
  lean: Lean,
  yearsWithEvents: ReadonlySet<number> | undefined,
): { year: number; month: number } {
  const year = Number(today.slice(0, 4));
  const current = Number(today.slice(5, 7));
  if ('relative' in m) {
    const index = year * 12 + current - 1 + m.relative;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  if (m.year) return { year: m.year, month: m.month };
  const month = m.month;
  if (lean === 'past') return { year: month <= current ? year : year - 1, month };
  if (lean === 'future') return { year: month >= current ? year : year + 1, month };
  const years = [...(yearsWithEvents ?? [])];
  const distance = (y: number) => Math.abs(y * 12 + month - (year * 12 + current));
  // The nearest year with events that month (the earlier of a tie), else the nearest year at all.
  const pool = years.length ? years : [year - 1, year, year + 1];
  const best = pool.sort((a, b) => distance(a) - distance(b) || a - b)[0];
  return { year: best ?? year, month };
}
