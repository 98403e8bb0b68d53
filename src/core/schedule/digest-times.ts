import { DAYS } from '../commands/model.js';
import type { DigestSettings } from '../subscriptions/types.js';
import { localDay, minutesOf, weekday, zonedInstant } from './local-time.js';

/** The digest's times: daily, or weekly on a day, at a local time in the subscriber's zone. */

export const DAY_MS = 86_400_000;

function periodDays(s: DigestSettings): number {
  return s.cadence === 'daily' ? 1 : 7;
}

/** The latest digest time at or before `nowMs` (DST-safe: computed on local dates). */
export function latestDigestMs(nowMs: number, zone: string, s: DigestSettings): number {
  let day = localDay(nowMs, zone);
  if (s.cadence === 'weekly') day -= (weekday(day) - (DAYS.indexOf(s.day) + 1) + 7) % 7;
  const minutes = minutesOf(s.time);
  const at = zonedInstant(day, minutes, zone);
  return at <= nowMs ? at : zonedInstant(day - periodDays(s), minutes, zone);
}

/** The first digest time strictly after `afterMs`. */
export function nextDigestMs(afterMs: number, zone: string, s: DigestSettings): number {
  const latest = latestDigestMs(afterMs, zone, s);
  return zonedInstant(localDay(latest, zone) + periodDays(s), minutesOf(s.time), zone);
}

/** How many digest times fall in (fromMs, toMs) — the ones a catch-up digest replaces. */
export function digestsBetween(fromMs: number, toMs: number, s: DigestSettings): number {
  if (toMs <= fromMs) return 0;
  // Within an hour either way of whole periods (DST moves local times by an hour).
  return Math.max(0, Math.ceil((toMs - fromMs - 2 * 3_600_000) / (periodDays(s) * DAY_MS)) - 1);
}
