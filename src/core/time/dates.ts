import { Temporal } from 'temporal-polyfill';
import type { Lang } from '../answer/answer.js';
import type { DateValueRecord } from '../factbase/schema.js';
import { weekdayIndex } from './date-keys.js';

/** All date logic of the core: precision-aware, zone-explicit. */

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
const DAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/** "Monday" / "月曜" for a day of the week ('mon' … 'sun'). */
export function weekdayName(day: keyof typeof DAY_INDEX, lang: Lang): string {
  const i = DAY_INDEX[day];
  return lang === 'ja' ? `${WEEKDAYS_JA[i]}曜` : (WEEKDAYS_EN[i] as string);
}
const PART_EN = { early: 'early', mid: 'mid-', late: 'late' } as const;
const PART_JA = { early: '上旬', mid: '中旬', late: '下旬' } as const;

export function monthName(month: number, lang: Lang): string {
  return lang === 'ja' ? `${month}月` : (MONTHS_EN[month - 1] ?? String(month));
}

export function formatPlainDate(d: Temporal.PlainDate, lang: Lang, withWeekday = false): string {
  return formatDayKey(d.toString(), lang, withWeekday);
}

/** "July 22, 2025" / "2025年7月22日" for a 'YYYY-MM-DD' key, optionally with the weekday. */
export function formatDayKey(key: string, lang: Lang, withWeekday = false): string {
  // Answers format the same few hundred days over and over: each is formatted once.
  const memo = `${lang}${withWeekday ? 'w' : ''}${key}`;
  const known = FORMATTED.get(memo);
  if (known !== undefined) return known;
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  const day = Number(key.slice(8, 10));
  const wd = withWeekday ? weekdayIndex(key) : 0;
  const text =
    lang === 'ja'
      ? `${year}年${month}月${day}日${withWeekday ? `（${WEEKDAYS_JA[wd]}）` : ''}`
      : `${withWeekday ? `${WEEKDAYS_EN[wd]}, ` : ''}${monthName(month, 'en')} ${day}, ${year}`;
  if (FORMATTED.size >= FORMATTED_MAX) FORMATTED.clear();
  FORMATTED.set(memo, text);
  return text;
}

/** Formatted days, by language, weekday flag and key; emptied when full (bounded memory). */
const FORMATTED = new Map<string, string>();
const FORMATTED_MAX = 8192;

/** "July 22, 2025", "early September 2025", "March 2026"; in Japanese "2025年7月22日", "2025年9月上旬". */
export function formatDateValue(d: DateValueRecord, lang: Lang): string {
  if (d.precision === 'day') return formatDayKey(d.date, lang);
  const ym = { year: Number(d.month.slice(0, 4)), month: Number(d.month.slice(5, 7)) };
  if (lang === 'ja') return `${ym.year}年${ym.month}月${d.part ? PART_JA[d.part] : ''}`;
  const month = `${monthName(ym.month, 'en')} ${ym.year}`;
  if (!d.part) return month;
  return d.part === 'mid' ? `mid-${month}` : `${PART_EN[d.part]} ${month}`;
}

/** "February 2026" / "2026年2月" for a YYYY-MM month. */
export function formatMonth(month: string, lang: Lang): string {
  return formatDateValue({ precision: 'month', month }, lang);
}

export function isValidTimeZone(tz: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(tz);
    return true;
  } catch {
    return false;
  }
}
