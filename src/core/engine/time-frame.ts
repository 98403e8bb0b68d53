/**
 * Time frames in a question (#12): "today", "yesterday", "this week", "last week", "next week",
 * "recently", "summer 2025", "since December", "since <event>" and their Japanese forms, as a range
 * of UTC days relative to the injected clock's day. Pure.
 */
import type { Lang } from '../answer/answer.js';
import { daysInMonth, shiftKey, weekdayIndex } from '../time/date-keys.js';
import { formatDayKey } from '../time/dates.js';

export interface TimeFrame {
  /** First and last day of the frame ('YYYY-MM-DD'). */
  from: string;
  to: string;
  /** How the question said it, for the answer's title: "this week" → "This week (March 16–22, 2026)". */
  kind:
    | 'today'
    | 'yesterday'
    | 'tomorrow'
    | 'this-week'
    | 'last-week'
    | 'next-week'
    | 'recent'
    | 'season'
    | 'since';
}

const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
  春: [3, 5],
  夏: [6, 8],
  秋: [9, 11],
  冬: [12, 2],
};

const GATE =
  /today|tonight|yesterday|tomorrow|week|recent|lately|past|last|since|spring|summer|autumn|fall|winter|今日|本日|きょう|昨日|きのう|明日|あした|週|最近|ここ数日|以降|以来|から今まで|春|夏|秋|冬/;

function week(today: string, offset: number): { from: string; to: string } {
  const monday = shiftKey(today, -weekdayIndex(today) + 7 * offset);
  return { from: monday, to: shiftKey(monday, 6) };
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/**
 * The frame a question names, if any. `sinceEvent` is the day of the event a "since <event>" names,
 * and `sinceMonth` the first day of the month a "since <month>" names (both found by the caller).
 */
export function timeFrameOf(
  text: string,
  raw: string,
  today: string,
  sinceEvent?: string,
  sinceMonth?: string,
): TimeFrame | undefined {
  // Most questions name no frame: one test rules them out.
  if (!GATE.test(text) && !GATE.test(raw)) return undefined;
  const has = (en: RegExp, ja: RegExp) => en.test(text) || ja.test(raw);
  if (has(/\btoday\b|\btonight\b/, /今日|本日|きょう/)) return { from: today, to: today, kind: 'today' };
  if (has(/\byesterday\b/, /昨日|きのう/)) {
    const d = shiftKey(today, -1);
    return { from: d, to: d, kind: 'yesterday' };
  }
  if (has(/\btomorrow\b/, /明日|あした/)) {
    const d = shiftKey(today, 1);
    return { from: d, to: d, kind: 'tomorrow' };
  }
  if (has(/\bthis week\b/, /今週/)) return { ...week(today, 0), kind: 'this-week' };
  if (has(/\blast week\b/, /先週/)) return { ...week(today, -1), kind: 'last-week' };
  if (has(/\bnext week\b/, /来週/)) return { ...week(today, 1), kind: 'next-week' };
  if (has(/\b(recently|lately|past (few days|week)|last (few|7) days)\b/, /最近|ここ数日|この1週間/))
    return { from: shiftKey(today, -7), to: today, kind: 'recent' };
  const since = /\bsince\b/.test(text) || /以降|以来|から今まで/.test(raw);
  if (since && sinceEvent) return { from: shiftKey(sinceEvent, 1), to: today, kind: 'since' };
  // "Since December": from the first day of that month (the caller resolves its year) to today.
  if (since && sinceMonth && sinceMonth <= today) return { from: sinceMonth, to: today, kind: 'since' };
  const season =
    /\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b/.exec(text) ??
    /(\d{4})年の?(春|夏|秋|冬)/.exec(raw);
  if (season) {
    const [name, year] = /^\d/.test(season[1] ?? '')
      ? [season[2], Number(season[1])]
      : [season[1], Number(season[2])];
    const [a, b] = SEASONS[name ?? ''] ?? [0, 0];
    if (a) {
      const endYear = b < a ? year + 1 : year;
      return {
        from: `${monthKey(year, a)}-01`,
        to: `${monthKey(endYear, b)}-${String(daysInMonth(endYear, b)).padStart(2, '0')}`,
        kind: 'season',
      };
    }
  }
  return undefined;
}

/** "this week (March 16–22, 2026)", "今週（2026年3月16日〜3月22日）". */
export function frameLabel(f: TimeFrame, lang: Lang): string {
  const en: Record<TimeFrame['kind'], string> = {
    today: 'Today',
    yesterday: 'Yesterday',
    tomorrow: 'Tomorrow',
    'this-week': 'This week',
    'last-week': 'Last week',
    'next-week': 'Next week',
    recent: 'The past week',
    season: 'Between',
    since: 'Since',
  };
  const ja: Record<TimeFrame['kind'], string> = {
    today: '今日',
    yesterday: '昨日',
    tomorrow: '明日',
    'this-week': '今週',
    'last-week': '先週',
    'next-week': '来週',
    recent: 'この1週間',
    season: '期間',
    since: '以降',
  };
  const from = formatDayKey(f.from, lang);
  const to = formatDayKey(f.to, lang);
  const range = f.from === f.to ? from : `${from} – ${to}`;
  if (f.kind === 'since') return lang === 'ja' ? `${from}以降` : `Since ${from}`;
  return lang === 'ja' ? `${ja[f.kind]}（${range}）` : `${en[f.kind]} (${range})`;
}
