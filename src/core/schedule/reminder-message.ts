import type { Answer, Lang } from '../answer/answer.js';
import type { Knowledge } from '../engine/index.js';
import { compose, formatWhen, item, statusLabel } from '../engine/index.js';
import { scheduleMessages } from './messages.js';
import type { ReminderOccurrence } from './occurrence.js';
import { eventTimeLines } from './zone-times.js';

/**
 * A reminder of one event, as a neutral Answer (intent "schedule.reminder"). Pure. `kb` is the
 * fact base as known when the reminder is due: a reminder comes before the event or on its first
 * day, so the event is expected, and what happened at it is not told yet.
 */
export function reminderMessage(
  kb: Knowledge,
  occurrence: Pick<ReminderOccurrence, 'eventId' | 'offset'>,
  timeZone: string,
  lang: Lang,
): Answer | null {
  const event = kb.events.get(occurrence.eventId);
  if (!event) return null;
  const t = scheduleMessages(lang);
  const name = event.name[lang];
  const when = formatWhen(event, lang);
  const sep = lang === 'ja' ? '、' : ', ';
  const who = event.participants.map((id) => kb.nameOf(id, lang)).join(sep);
  const status = 'expected' as const;
  const detail = [who ? t.who(who) : '', event.place ? t.where(event.place[lang]) : '']
    .filter(Boolean)
    .join(' ');
  const sources = [...new Set([...event.dates.current.cite, ...event.cite].map((c) => c.source))];
  return compose(kb, lang, {
    kind: 'answer',
    intent: 'schedule.reminder',
    title: t.reminderTitle[occurrence.offset](name),
    lead: t.reminderLead[occurrence.offset](name, when),
    items: [item(event.id, `${when}: ${name}`, lang, { ...(detail ? { detail } : {}), status, date: when })],
    notes: [...eventTimeLines(event, timeZone, lang), t.statusLine(statusLabel(status, lang))],
    facts: [event.id, ...event.participants],
    sources,
    confidence: 1,
    suggestions: [],
  });
}
