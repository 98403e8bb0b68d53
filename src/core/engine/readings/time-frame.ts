import { startKey } from '../../time/date-keys.js';
import { type Draft, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { overlapping } from '../event-queries.js';
import type { EventState } from '../event-state.js';
import { eventItem, eventSentence, stateOf } from '../handlers/events.js';
import { monthOf } from '../month-of.js';
import { frameLabel, type TimeFrame, timeFrameOf } from '../time-frame.js';
import type { ReadingScope } from './reading.js';

const SINCE_ASKS =
  /\b(going on|changed|developments?|news|events|new|anything|updates?|happening)\b|動き|何があ|出来事|進展|ニュース|変化/;

/** Every event whose dates touch the frame, oldest first. */
export function eventsInFrame(
  ctx: Ctx,
  frame: TimeFrame,
  confidence: number,
  people: readonly string[] = [],
): Draft {
  const { kb, lang, t } = ctx;
  // "What did Lutnick do this week?": the events in the frame that person took part in.
  const touching = overlapping(kb, frame.from, frame.to, people.length ? 200 : LIMITS.items)
    .filter((s) => !people.length || s.event.participants.some((p) => people.includes(p)))
    .slice(0, LIMITS.items)
    .map((s) => stateOf(ctx, s.event));
  const label = people.length
    ? `${frameLabel(frame, lang)}${lang === 'ja' ? '：' : ': '}${people.map((id) => kb.nameOf(id, lang)).join(lang === 'ja' ? '、' : ', ')}`
    : frameLabel(frame, lang);
  return {
    kind: 'timeline',
    intent: touching.length ? 'events.frame' : 'events.frame.none',
    title: label,
    lead: touching.length ? eventSentence(ctx, touching[0] as EventState) : t.frameNothing(label),
    items: touching.map((s) => eventItem(ctx, s)),
    notes: touching.slice(1).map((s) => eventSentence(ctx, s)),
    facts: touching.map((s) => s.event.id),
    sources: [...new Set(touching.flatMap((s) => s.event.dates.current.cite.map((c) => c.source)))],
    confidence,
    suggestions: [t.ask.timeline, t.ask.next],
  };
}

/** "What's happening this week?", "anything yesterday?", "what happened since the ruling?", "今週の出来事は？". */
export function timeFrameReadings({ ctx, a, has, of, partialOf, add }: ReadingScope): void {
  // A word of an event's name ("announcement") names no event when the question gives a frame.
  const events = of('event');
  // A named month beats one word of an event's name ("since january": the month, not a January meeting).
  const named = events[0] ?? (a.month ? undefined : partialOf('event')[0]);
  const first = named ? ctx.kb.events.get(named.entity.id) : undefined;
  const month = a.month
    ? monthOf(a.month, ctx.day, 'past', ctx.kb.eventYearsByMonth.get('month' in a.month ? a.month.month : 0))
    : undefined;
  const monthStart = month ? `${month.year}-${String(month.month).padStart(2, '0')}-01` : undefined;
  const frame = timeFrameOf(a.text, a.text, ctx.day, first ? startKey(first.date) : undefined, monthStart);
  if (!frame) return;
  // A question about one named thing in the frame ("is the summit this week?") is that thing's.
  const others = a.mentions.filter(
    (m) => m.entity.type !== 'event' && m.entity.type !== 'deal' && m.entity.type !== 'person',
  );
  const people = [...new Set(a.mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.id))];
  if (frame.kind !== 'since' && (events.length || others.length)) return;
  const asksEvents = has('what') || has('happened') || has('status') || has('timeline') || has('meeting');
  // "since" also means "because" ("since the court upheld it, what now?"): only a question about what
  // happened in the meantime reads it as a time frame.
  if (frame.kind === 'since' && !(has('happened') || SINCE_ASKS.test(a.text))) return;
  add({
    key: `frame.${frame.from}.${frame.to}`,
    score: frame.kind === 'since' ? 1 : people.length ? 0.97 : asksEvents ? 0.94 : 0.86,
    label: frameLabel(frame, ctx.lang),
    question: '',
    run: (c, s) => eventsInFrame(c, frame, s, frame.kind === 'since' ? [] : people),
  });
}
