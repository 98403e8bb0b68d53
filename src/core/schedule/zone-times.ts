import type { Temporal } from 'temporal-polyfill';
import type { Lang } from '../answer/answer.js';
import { formatWhen } from '../engine/index.js';
import type { EventNow } from '../knowledge/view.js';
import { firstDay, lastDay } from '../time/dates.js';
import { scheduleMessages } from './messages.js';

/** An event's time as seen in the subscriber's zone, in Washington and in Tokyo. */

export const WASHINGTON = 'America/New_York';
export const TOKYO = 'Asia/Tokyo';

const WEEKDAYS = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ja: ['月', '火', '水', '木', '金', '土', '日'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue, Mar 10, 14:00" / "3月10日（火）14:00". */
export function formatLocal(z: Temporal.ZonedDateTime, lang: Lang): string {
  const hm = `${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
  if (lang === 'ja') return `${z.month}月${z.day}日（${WEEKDAYS.ja[z.dayOfWeek - 1]}）${hm}`;
  return `${WEEKDAYS.en[z.dayOfWeek - 1]}, ${MONTHS_EN[z.month - 1]} ${z.day}, ${hm}`;
}

/** The same with the zone's offset: "Tue, Mar 10, 14:00 (UTC+09:00)". */
function withOffset(z: Temporal.ZonedDateTime, lang: Lang): string {
  return `${formatLocal(z, lang)} (UTC${z.offset})`;
}

/**
 * One line per zone. A day-precision event covers whole days in its own zone; elsewhere that is a
 * span of local times. A month-precision event is the same month everywhere: one line.
 */
export function eventTimeLines(event: EventNow, subscriberZone: string, lang: Lang): string[] {
  const t = scheduleMessages(lang);
  if (event.date.precision === 'month') return [`${t.when}: ${t.wholePeriod(formatWhen(event, lang))}`];
  const startDay = firstDay(event.date);
  const endDay = lastDay(event.endDate ?? event.date).add({ days: 1 });
  const start = startDay.toZonedDateTime({ timeZone: event.timeZone });
  const end = endDay.toZonedDateTime({ timeZone: event.timeZone });
  const zones: Array<{ zone: string; label: string }> = [
    { zone: WASHINGTON, label: t.zone.washington },
    { zone: TOKYO, label: t.zone.tokyo },
  ];
  if (!zones.some((z) => z.zone === subscriberZone))
    zones.unshift({ zone: subscriberZone, label: t.zone.yours });
  return zones.map(({ zone, label }) => {
    const mine = zone === subscriberZone && label !== t.zone.yours ? t.yourZoneSuffix : '';
    const head = `${label} (${zone}${mine})`;
    if (zone === event.timeZone) return `${head}: ${formatWhen(event, lang)}`;
    const a = start.withTimeZone(zone);
    const b = end.withTimeZone(zone);
    return `${head}: ${withOffset(a, lang)} ${t.until} ${withOffset(b, lang)}`;
  });
}

/** The local date the event starts on in its own zone, for "in 7 days" texts. */
export function eventStart(event: EventNow): Temporal.PlainDate {
  return firstDay(event.date);
}
