import { Temporal } from 'temporal-polyfill';
import type { Lang } from '../answer/answer.js';
import type { DateValueRecord } from '../factbase/schema.js';

/** All date logic of the core: precision-aware, zone-explicit. */

export type Instant = Temporal.Instant;

export function toInstant(now: Date | string | Temporal.Instant): Temporal.Instant {
  if (now instanceof Temporal.Instant) return now;
  return Temporal.Instant.fromEpochMilliseconds(typeof now === 'string' ? Date.parse(now) : now.getTime());
}

/** The first day a date value may refer to. */
export function firstDay(d: DateValueRecord): Temporal.PlainDate {
  if (d.precision === 'day') return Temporal.PlainDate.from(d.date);
  const ym = Temporal.PlainYearMonth.from(d.month);
  if (d.part === 'mid') return ym.toPlainDate({ day: 11 });
  if (d.part === 'late') return ym.toPlainDate({ day: 21 });
  return ym.toPlainDate({ day: 1 });
}

/** The last day a date value may refer to. */
export function lastDay(d: DateValueRecord): Temporal.PlainDate {
  if (d.precision === 'day') return Temporal.PlainDate.from(d.date);
  const ym = Temporal.PlainYearMonth.from(d.month);
  if (d.part === 'early') return ym.toPlainDate({ day: 10 });
  if (d.part === 'mid') return ym.toPlainDate({ day: 20 });
  return ym.toPlainDate({ day: ym.daysInMonth });
}

/** Today's date in a zone. */
export function today(now: Temporal.Instant, timeZone: string): Temporal.PlainDate {
  return now.toZonedDateTimeISO(timeZone).toPlainDate();
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_JA = ['月', '火', '水', '木', '金', '土', '日'];
const PART_EN = { early: 'early', mid: 'mid-', late: 'late' } as const;
const PART_JA = { early: '上旬', mid: '中旬', late: '下旬' } as const;

export function monthName(month: number, lang: Lang): string {
  return lang === 'ja' ? `${month}月` : (MONTHS_EN[month - 1] ?? String(month));
}

export function formatPlainDate(d: Temporal.PlainDate, lang: Lang, withWeekday = false): string {
  if (lang === 'ja') {
    const wd = withWeekday ? `（${WEEKDAYS_JA[d.dayOfWeek - 1]}）` : '';
    return `${d.year}年${d.month}月${d.day}日${wd}`;
  }
  const wd = withWeekday ? `${WEEKDAYS_EN[d.dayOfWeek - 1]}, ` : '';
  return `${wd}${monthName(d.month, 'en')} ${d.day}, ${d.year}`;
}

/** "July 22, 2025", "early September 2025", "March 2026"; in Japanese "2025年7月22日", "2025年9月上旬". */
export function formatDateValue(d: DateValueRecord, lang: Lang): string {
  if (d.precision === 'day') return formatPlainDate(Temporal.PlainDate.from(d.date), lang);
  const ym = Temporal.PlainYearMonth.from(d.month);
  if (lang === 'ja') return `${ym.year}年${ym.month}月${d.part ? PART_JA[d.part] : ''}`;
  const month = `${monthName(ym.month, 'en')} ${ym.year}`;
  if (!d.part) return month;
  return d.part === 'mid' ? `mid-${month}` : `${PART_EN[d.part]} ${month}`;
}

/** "February 2026" / "2026年2月" for a YYYY-MM month. */
export function formatMonth(month: string, lang: Lang): string {
  return formatDateValue({ precision: 'month', month }, lang);
}

export function daysBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  return from.until(to, { largestUnit: 'day' }).days;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(tz);
    return true;
  } catch {
    return false;
  }
}
