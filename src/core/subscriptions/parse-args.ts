import { Temporal } from 'temporal-polyfill';
import type { Lang } from '../answer/answer.js';
import { DAYS, type DayOfWeek } from '../commands/model.js';

/**
 * Reads the words after `/deal subscribe` and `/deal unsubscribe`, in any order. Pure: returns the
 * request, or an error code with the word at fault (the service words it, with the valid forms).
 */

/** 'all' means reminders and digest; news is asked for by name (it is not part of 'all' when subscribing). */
export type SubscriptionKind = 'all' | 'reminders' | 'digest' | 'news';

export interface SubscribeArgs {
  kind: SubscriptionKind;
  cadence?: 'weekly' | 'daily';
  day?: DayOfWeek;
  /** HH:MM, 24h. */
  time?: string;
  /** A canonical IANA zone id. */
  timeZone?: string;
  lang?: Lang;
  /** Post nothing (rather than a "no news" line) when nothing changed. */
  quiet?: boolean;
}

export type ArgsErrorCode =
  | 'unknown-word'
  | 'bad-time'
  | 'bad-timezone'
  | 'conflict'
  | 'day-with-daily'
  | 'digest-option-without-digest';

export interface ArgsError {
  code: ArgsErrorCode;
  /** The word at fault, as typed. */
  word: string;
  /** For conflicts: the earlier word it clashes with. */
  other?: string;
}

export type ArgsResult<T> = { ok: true; value: T } | { ok: false; error: ArgsError };

const KIND: Record<string, SubscriptionKind> = {
  all: 'all',
  both: 'all',
  everything: 'all',
  すべて: 'all',
  全部: 'all',
  reminders: 'reminders',
  reminder: 'reminders',
  リマインダー: 'reminders',
  digest: 'digest',
  digests: 'digest',
  ダイジェスト: 'digest',
  news: 'news',
  reports: 'news',
  ニュース: 'news',
  報道: 'news',
};
const CADENCE: Record<string, 'weekly' | 'daily'> = {
  weekly: 'weekly',
  daily: 'daily',
  毎週: 'weekly',
  毎日: 'daily',
  週次: 'weekly',
  日次: 'daily',
};
const LANG: Record<string, Lang> = {
  en: 'en',
  english: 'en',
  英語: 'en',
  ja: 'ja',
  japanese: 'ja',
  日本語: 'ja',
};
const QUIET = new Set(['quiet', 'skip-empty', 'ニュースなし省略']);
const DAY_WORDS: Record<string, DayOfWeek> = {};
const FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const JA = ['月', '火', '水', '木', '金', '土', '日'];
DAYS.forEach((d, i) => {
  DAY_WORDS[d] = d;
  DAY_WORDS[FULL[i] as string] = d;
  DAY_WORDS[`${JA[i]}曜`] = d;
  DAY_WORDS[`${JA[i]}曜日`] = d;
});
/** Option names some platforms put before values (Discord: "day:mon"). */
const OPTION_PREFIX = /^(kind|cadence|day|time|timezone|tz|lang|language):(?=.)/i;

function words(args: string): string[] {
  return args
    .normalize('NFKC')
    .split(/[\s,、]+/u)
    .map((w) => w.replace(OPTION_PREFIX, ''))
    .filter(Boolean);
}

/** A canonical zone id, or null. Accepts any case ("asia/tokyo"); rejects bare offsets. */
export function canonicalTimeZone(word: string): string | null {
  try {
    return Temporal.Now.instant().toZonedDateTimeISO(word).timeZoneId;
  } catch {
    return null;
  }
}

/** Zones by their city, lower case ("tokyo" → Asia/Tokyo, "new_york" → America/New_York). */
let zonesByCity: Map<string, string> | undefined;

/** A bare city name that is the last part of exactly one IANA zone, or null. */
export function zoneOfCity(word: string): string | null {
  if (!zonesByCity) {
    zonesByCity = new Map();
    const ambiguous = new Set<string>();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const city = zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
      if (!zone.includes('/')) continue;
      if (zonesByCity.has(city)) ambiguous.add(city);
      zonesByCity.set(city, zone);
    }
    for (const city of ambiguous) zonesByCity.delete(city);
  }
  return zonesByCity.get(word.toLowerCase()) ?? null;
}

function parseTime(word: string): string | null {
  const twelve = /^(\d{1,2})(?::(\d{2}))?(am|pm)$/i.exec(word);
  if (twelve) {
    const h12 = Number(twelve[1]);
    if (h12 < 1 || h12 > 12) return null;
    const h = (h12 % 12) + ((twelve[3] ?? '').toLowerCase() === 'pm' ? 12 : 0);
    return format(h, Number(twelve[2] ?? 0));
  }
  const m = /^(\d{1,2}):(\d{2})$/.exec(word) ?? /^(\d{1,2})時(?:(\d{1,2})分)?$/u.exec(word);
  if (!m) return null;
  return format(Number(m[1]), Number(m[2] ?? 0));
}

function format(h: number, min: number): string | null {
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function looksLikeTime(w: string): boolean {
  return /^\d{1,2}[:.]\d{1,2}$|^\d{1,2}(am|pm)$|^\d{1,2}時/iu.test(w) || /^\d{3,4}$/.test(w);
}

export function parseSubscribeArgs(args: string): ArgsResult<SubscribeArgs> {
  const out: SubscribeArgs = { kind: 'all' };
  const seen = new Map<string, string>();
  const set = <K extends keyof SubscribeArgs>(
    field: K,
    value: SubscribeArgs[K],
    word: string,
  ): ArgsError | null => {
    const before = seen.get(field);
    if (before !== undefined) return { code: 'conflict', word, other: before };
    seen.set(field, word);
    out[field] = value;
    return null;
  };
  for (const word of words(args)) {
    const w = word.toLowerCase();
    let error: ArgsError | null;
    if (KIND[w]) error = set('kind', KIND[w], word);
    else if (CADENCE[w]) error = set('cadence', CADENCE[w], word);
    else if (DAY_WORDS[w]) error = set('day', DAY_WORDS[w], word);
    else if (LANG[w]) error = set('lang', LANG[w], word);
    else if (QUIET.has(w)) error = set('quiet', true, word);
    else if (parseTime(w)) error = set('time', parseTime(w) as string, word);
    else if (looksLikeTime(w)) error = { code: 'bad-time', word };
    else if (w.includes('/') || /^(utc|gmt)$/i.test(w)) {
      const zone = canonicalTimeZone(word);
      error = zone ? set('timeZone', zone, word) : { code: 'bad-timezone', word };
    } else if (zoneOfCity(w)) error = set('timeZone', zoneOfCity(w) as string, word);
    else error = { code: 'unknown-word', word };
    if (error) return { ok: false, error };
  }
  if (out.cadence === 'daily' && out.day)
    return { ok: false, error: { code: 'day-with-daily', word: seen.get('day') ?? '' } };
  if (out.kind === 'reminders' || out.kind === 'news') {
    const digestOnly = (['cadence', 'day', 'time', 'quiet'] as const).find((f) => seen.has(f));
    if (digestOnly)
      return { ok: false, error: { code: 'digest-option-without-digest', word: seen.get(digestOnly) ?? '' } };
  }
  return { ok: true, value: out };
}

export function parseUnsubscribeArgs(args: string): ArgsResult<SubscriptionKind> {
  const list = words(args);
  let kind: SubscriptionKind | null = null;
  for (const word of list) {
    const k = KIND[word.toLowerCase()];
    if (!k) return { ok: false, error: { code: 'unknown-word', word } };
    if (kind && kind !== k) return { ok: false, error: { code: 'conflict', word, other: kind } };
    kind = k;
  }
  return { ok: true, value: kind ?? 'all' };
}
