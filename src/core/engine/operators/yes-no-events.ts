import type { EventNow } from '../../knowledge/view.js';
import { monthName } from '../../time/dates.js';
import type { Draft } from '../compose.js';
import { eventWhen, stateOf } from '../handlers/events.js';
import { whoPerson } from '../handlers/who.js';
import type { OperatorInput } from './operator.js';
import { eventNamed, lead, listOf, named } from './yes-no-answer.js';
import { askedMonth, asksRightNow, MET_WORDS } from './yes-no-words.js';

/**
 * Yes/no checks about events, over the claims valid at `now`: who took part, whether two people met,
 * which of two events came first, whether one has ended, or has not been reported yet.
 */

/** "Did Bessent sign the MOU?": the person among the event's participants, and the event past. */
export function tookPart(input: OperatorInput): Draft | undefined {
  const { ctx, m } = input;
  const { lang } = ctx;
  const person = named(input, 'person')[0];
  const e = eventNamed(input);
  if (!person || !e || !ctx.kb.people.get(person.entity.id)) return undefined;
  // "Is Akazawa in Washington right now?" asks whether a trip is under way: see `happened`.
  if (asksRightNow(input.q.text, input.q.raw)) return undefined;
  const s = stateOf(ctx, e);
  if (s.phase !== 'past' || e.status === 'cancelled') return undefined;
  const yes = e.participants.includes(person.entity.id);
  const people = e.participants.filter((id) => ctx.kb.people.get(id)).map((id) => ctx.kb.nameOf(id, lang));
  const card = eventWhen(ctx, e, 0.85);
  return {
    ...card,
    intent: 'yes-no.took-part',
    lead: lead(input, yes, people.length ? m.tookPart(e.name[lang], listOf(input, people)) : '', card.lead),
  };
}

/** "Did the MOU come before the tariff cut?": the first days of two events the question names. */
export function order(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const { lang } = ctx;
  const before = /\b(before|earlier than|prior to)\b|より前|よりも前|より先|前に/.test(`${q.text} ${q.raw}`);
  const after = /\b(after|later than)\b|より後|よりも後|後に|あとに/.test(`${q.text} ${q.raw}`);
  if (before === after) return undefined;
  // Each named event at its place in the question; of two names at one place, the longer ("最高裁判決", not "最高裁").
  const at = (alias: string) => Math.max(q.text.indexOf(alias), q.raw.indexOf(alias));
  const spans = named(input, 'event')
    .map((x) => ({ e: ctx.kb.events.get(x.entity.id), from: at(x.alias), to: at(x.alias) + x.alias.length }))
    .filter((x): x is { e: EventNow; from: number; to: number } => !!x.e && x.from >= 0)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: typeof spans = [];
  for (const x of spans) {
    const last = kept.at(-1);
    if (last && (x.from < last.to || last.e.id === x.e.id)) continue;
    kept.push(x);
  }
  const events = kept.map((x) => stateOf(ctx, x.e));
  const [a, b] = events;
  if (!a || !b || a.start === b.start) return undefined;
  const yes = before ? a.start < b.start : a.start > b.start;
  const dated = (s: typeof a) => m.eventOn(s.event.name[lang], s.when);
  const card = eventWhen(ctx, a.event, 0.85);
  return { ...card, intent: 'yes-no.order', lead: lead(input, yes, dated(a), dated(b)) };
}

/** "Has the surcharge expired yet?", "is the visit over?": whether the named event has ended. */
export function ended(input: OperatorInput): Draft | undefined {
  const { ctx, q } = input;
  if (
    !/\b(expired?|ended|over|lapsed|finished|run out)\b|終わっ|終了|期限切れ|失効/.test(`${q.text} ${q.raw}`)
  )
    return undefined;
  const e = eventNamed(input);
  if (!e) return undefined;
  const s = stateOf(ctx, e);
  if (s.phase === 'stale') return undefined;
  const card = eventWhen(ctx, e, 0.85);
  return { ...card, intent: 'yes-no.ended', lead: lead(input, s.phase === 'past', card.lead) };
}

/** "Is the MOU signed yet?" before any report of it: no, not as of the clock's day. */
export function notYetReported(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (eventNamed(input)) return undefined;
  const later = q.later.find((x) => x.entity.type === 'event' && !x.partial && x.strength >= 0.6);
  if (!later) return undefined;
  const known = input.best();
  const name = ctx.kb.nameOf(later.entity.id, ctx.lang);
  const sentence = m.noReportYet(name, ctx.kb.asOf(ctx.lang));
  if (known && known.kind === 'answer')
    return { ...known, intent: 'yes-no.not-yet', lead: lead(input, false, sentence) };
  return {
    kind: 'answer',
    intent: 'yes-no.not-yet',
    title: name,
    lead: lead(input, false, sentence),
    items: [],
    notes: [],
    facts: [],
    sources: [],
    confidence: 0.7,
    suggestions: [],
  };
}

/** "Did Akazawa meet Lutnick in March?": an event both took part in, in that month if one is named, as known now. */
export function met(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const { lang } = ctx;
  if (!MET_WORDS.test(`${q.text} ${q.raw}`)) return undefined;
  const people = [...new Set(named(input, 'person').map((x) => x.entity.id))].filter((id) =>
    ctx.kb.people.get(id),
  );
  if (people.length < 2) return undefined;
  const [a, b] = people as [string, string];
  const month = askedMonth(q.text, q.raw);
  const both = (ctx.kb.eventsByParticipant.get(a) ?? []).filter((e) => {
    if (!e.participants.includes(b)) return false;
    const s = stateOf(ctx, e);
    return (
      s.phase === 'past' &&
      e.status !== 'cancelled' &&
      (month === undefined || Number(s.start.slice(5, 7)) === month)
    );
  });
  const last = both.at(-1);
  if (!last) {
    const [x, y] = people.map((id) => ctx.kb.nameOf(id, lang)) as [string, string];
    const person = ctx.kb.people.get(a);
    if (!person) return undefined;
    const card = whoPerson(ctx, person, 0.8);
    const when = month === undefined ? '' : monthName(month, lang);
    return { ...card, intent: 'yes-no.met', lead: lead(input, false, m.noMeeting(x, y, when)) };
  }
  const card = eventWhen(ctx, last, 0.85);
  return { ...card, intent: 'yes-no.met', lead: lead(input, true, card.lead) };
}
