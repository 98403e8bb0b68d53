import type { Lang } from '../answer/answer.js';
import { zoneToday } from '../time/date-keys.js';
import type { ConversationContext } from './conversation.js';
import type { Knowledge } from './knowledge.js';
import { type Messages, messages } from './messages/index.js';

/** What every handler gets: the knowledge, the language, and the injected clock. */
export interface Ctx {
  kb: Knowledge;
  lang: Lang;
  /** The injected clock, in epoch milliseconds. */
  now: number;
  /** The day of the clock in UTC ('YYYY-MM-DD'): what was reported by then is known. */
  day: string;
  t: Messages;
  /** What the conversation's last answer was about (follow-ups), when the caller keeps one. */
  conversation?: ConversationContext;
  /** Set when a question that names nothing is read again as leaning on the conversation. */
  ellipsis?: boolean;
  /** Today's date in a time zone, computed once per zone per answer (zone maths is the costly part). */
  todayIn(timeZone: string): string;
}

export function makeCtx(kb: Knowledge, lang: Lang, now: number): Ctx {
  const days = new Map<string, string>();
  const todayIn = (timeZone: string) => {
    let day = days.get(timeZone);
    if (!day) {
      day = zoneToday(now, timeZone);
      days.set(timeZone, day);
    }
    return day;
  };
  return { kb, lang, now, day: kb.facts.day, t: messages(lang), todayIn };
}
