import { Temporal } from 'temporal-polyfill';
import { DAYS } from '../commands/model.js';
import type { DigestSettings } from '../subscriptions/types.js';
import { localInstantMs } from './reminder-times.js';

/** The digest's times: daily, or weekly on a day, at a local time in the subscriber's zone. */

export const DAY_MS = 86_400_000;

function periodDays(s: DigestSettings): number {
  return s.cadence === 'daily' ? 1 : 7;
}

/** The latest digest time at or before `nowMs` (DST-safe: computed on local dates). */
export function latestDigestMs(nowMs: number, zone: string, s: DigestSettings): number {
  const local = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(zone).toPlainDate();
  const time = Temporal.PlainTime.from(s.time);
  let date = local;
  if (s.cadence === 'weekly') {
    const target = DAYS.indexOf(s.day) + 1;
    date = local.subtract({ days: (local.dayOfWeek - target + 7) % 7 });
  }
  let at = localInstantMs(date, time, zone);
  if (at > nowMs) at = localInstantMs(date.subtract({ days: periodDays(s) }), time, zone);
  return at;
}

/** The first digest time strictly after `afterMs`. */
export function nextDigestMs(afterMs: number, zone: string, s: DigestSettings): number {
  const latest = latestDigestMs(afterMs, zone, s);
  const date = Temporal.Instant.fromEpochMilliseconds(latest).toZonedDateTimeISO(zone).toPlainDate();
  return localInstantMs(date.add({ days: periodDays(s) }), Temporal.PlainTime.from(s.time), zone);
}

/** How many digest times fall in (fromMs, toMs) — the ones a catch-up digest replaces. */
export function digestsBetween(fromMs: number, toMs: number, s: DigestSettings): number {
  if (toMs <= fromMs) return 0;
  // Within an hour either way of whole periods (DST moves local times by an hour).
  return Math.max(0, Math.ceil((toMs - fromMs - 2 * 3_600_000) / (periodDays(s) * DAY_MS)) - 1);
}
