import type { Temporal } from 'temporal-polyfill';
import type { Lang } from '../answer/answer.js';
import { today } from '../time/dates.js';
import type { Knowledge } from './knowledge.js';
import { type Messages, messages } from './messages.js';

/** What every handler gets: the knowledge, the language, and the injected clock. */
export interface Ctx {
  kb: Knowledge;
  lang: Lang;
  now: Temporal.Instant;
  t: Messages;
  /** Today's date in a time zone, computed once per zone per answer (zone maths is the costly part). */
  todayIn(timeZone: string): Temporal.PlainDate;
}

export function makeCtx(kb: Knowledge, lang: Lang, now: Temporal.Instant): Ctx {
  const days = new Map<string, Temporal.PlainDate>();
  const todayIn = (timeZone: string) => {
    let day = days.get(timeZone);
    if (!day) {
      day = today(now, timeZone);
      days.set(timeZone, day);
    }
    return day;
  };
  return { kb, lang, now, t: messages(lang), todayIn };
}
