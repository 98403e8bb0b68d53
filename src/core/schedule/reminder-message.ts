import type { Answer, Lang, StatusCode } from '../answer/answer.js';
import type { Knowledge } from '../engine/index.js';
import { compose, formatWhen, item, statusLabel } from '../engine/index.js';
import type { EventRecord } from '../factbase/schema.js';
import { scheduleMessages } from './messages.js';
import type { ReminderOccurrence } from './occurrence.js';
import { eventTimeLines } from './zone-times.js';

/** A reminder of one event, as a neutral Answer (intent "schedule.reminder"). Pure. */

/**
 * The event's status when the reminder goes out. Reminders come before the event or on its first day,
 * so an event the source reported as under way is, before that day, still expected.
 */
function statusOf(event: EventRecord, offset: ReminderOccurrence['offset']): StatusCode {
  if (event.status === 'held') return 'held';
  return event.status === 'under-way' && offset === 'd0' ? 'under-way' : 'expected';
}

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
  const status = statusOf(event, occurrence.offset);
  const detail = [event.summary[lang], who ? t.who(who) : '', event.place ? t.where(event.place[lang]) : '']
    .filter(Boolean)
    .join(' ');
  const sources = [...new Set(event.cite.map((c) => c.source))];
  return compose(kb, lang, {
    kind: 'answer',
    intent: 'schedule.reminder',
    title: t.reminderTitle[occurrence.offset](name),
    lead: t.reminderLead[occurrence.offset](name, when),
    items: [item(event.id, `${when}: ${name}`, lang, { detail, status, date: when })],
    notes: [...eventTimeLines(event, timeZone, lang), t.statusLine(statusLabel(status, lang))],
    facts: [event.id, ...event.participants],
    sources,
    confidence: 1,
    suggestions: [],
  });
}
