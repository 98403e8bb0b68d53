import type { EventNow } from '../../knowledge/view.js';
import { formatDayKey, formatMonth } from '../../time/dates.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { around, endedExpected, notOver, overlapping, shiftKey } from '../event-queries.js';
import { type EventState, eventState } from '../event-state.js';

export function stateOf(ctx: Ctx, e: EventNow): EventState {
  return eventState(e, ctx.todayIn, ctx.kb.facts.knownTo, ctx.lang);
}

function participantsText(ctx: Ctx, e: EventNow): string {
  return e.participants.map((id) => ctx.kb.nameOf(id, ctx.lang)).join(ctx.lang === 'ja' ? '、' : ', ');
}

export function eventItem(ctx: Ctx, s: EventState) {
  const { lang, t } = ctx;
  const who = participantsText(ctx, s.event);
  // What happened is told once it has: before, the summary would say more than was known.
  const summary = s.phase === 'past' && s.status === 'held' ? s.event.summary[lang] : '';
  const detail = [summary, who ? t.participants(who) : ''].filter(Boolean).join(t.sentenceGap);
  const when = s.when.charAt(0).toUpperCase() + s.when.slice(1);
  return item(s.event.id, `${when}: ${s.event.name[lang]}`, lang, { detail, status: s.status, date: s.when });
}

/** A sentence that says where an event stands, relative to now and to what the source knew. */
export function eventSentence(ctx: Ctx, s: EventState): string {
  const { t, kb, lang } = ctx;
  const name = s.event.name[lang];
  const asOf = kb.asOf(lang);
  switch (s.phase) {
    case 'upcoming':
      return s.event.date.precision === 'day'
        ? t.eventUpcomingDay(name, s.when, s.daysUntil)
        : t.eventUpcomingMonth(name, s.when, asOf);
    case 'current':
      return s.event.date.precision === 'day'
        ? t.eventCurrentDay(name, s.when)
        : t.eventCurrentMonth(name, s.when, asOf);
    case 'stale':
      return t.eventStale(name, s.when, asOf);
    case 'past':
      return s.status === 'under-way'
        ? t.eventReportedUnderWay(name, s.when, asOf)
        : t.eventHeld(name, s.when);
  }
}

export function timeline(ctx: Ctx, confidence = 0.95): Draft {
  const { kb, t, lang } = ctx;
  const shown = around(kb, ctx.todayIn('UTC'), LIMITS.items);
  const states = shown.map((s) => stateOf(ctx, s.event));
  const notes = kb.facts.gaps.filter((g) => g.kind === 'discrepancy').map((g) => g.known[lang]);
  if (shown.length < kb.spans.length) notes.unshift(t.timelineWindow(shown.length, kb.spans.length));
  return {
    kind: 'timeline',
    intent: 'timeline',
    title: t.timelineTitle,
    lead: t.timelineLead(kb.asOf(lang)),
    items: states.map((s) => eventItem(ctx, s)),
    notes,
    facts: states.map((s) => s.event.id),
    confidence,
    suggestions: [t.ask.next, t.ask.pmVisit],
  };
}

/** Events ahead of `now` or under way (in their own zones), soonest first, at most `limit`. */
export function upcoming(ctx: Ctx, limit: number): EventState[] {
  const from = shiftKey(ctx.todayIn('UTC'), -1);
  return notOver(ctx.kb, from, limit + 4)
    .map((s) => stateOf(ctx, s.event))
    .filter((s) => s.phase === 'upcoming' || s.phase === 'current')
    .slice(0, limit);
}

/** Upcoming events relative to `now`; when none, says so and names the last expected one. */
export function next(ctx: Ctx, confidence = 0.95): Draft {
  const { kb, t, lang } = ctx;
  const ahead = upcoming(ctx, LIMITS.items);
  const todayKey = ctx.todayIn('UTC');
  const stale = endedExpected(kb, shiftKey(kb.facts.endsOn, -62), shiftKey(todayKey, 1), LIMITS.items)
    .map((s) => stateOf(ctx, s.event))
    .filter((s) => s.phase === 'stale');
  const todayText = formatDayKey(ctx.todayIn('UTC'), lang);
  if (ahead.length) {
    return {
      kind: 'timeline',
      intent: 'next',
      title: t.nextTitle,
      lead: eventSentence(ctx, ahead[0] as EventState),
      items: ahead.map((s) => eventItem(ctx, s)),
      notes: [t.asOfNote(kb.asOf(lang))],
      facts: ahead.map((s) => s.event.id),
      confidence,
      suggestions: [t.ask.timeline, t.ask.subscribe],
    };
  }
  return {
    kind: 'timeline',
    intent: 'next.none',
    title: t.nextTitle,
    lead: t.nothingUpcoming(todayText, kb.asOf(lang)),
    items: stale.map((s) => eventItem(ctx, s)),
    notes: stale.map((s) => eventSentence(ctx, s)),
    facts: stale.map((s) => s.event.id),
    confidence,
    suggestions: [t.ask.timeline, t.ask.projects],
  };
}

export function eventWhen(ctx: Ctx, e: EventNow, confidence: number): Draft {
  const { kb, t, lang } = ctx;
  const s = stateOf(ctx, e);
  const gaps = kb.facts.gaps.filter((g) => g.about.includes(e.id));
  const notes = gaps.map((g) => g.known[lang]);
  return {
    kind: 'answer',
    intent: 'event.when',
    title: e.name[lang],
    lead: eventSentence(ctx, s),
    items: [eventItem(ctx, s)],
    notes,
    facts: [e.id, ...gaps.map((g) => g.id)],
    confidence,
    suggestions: [t.ask.next, t.ask.timeline],
  };
}

export function countdown(ctx: Ctx, e: EventNow, confidence: number): Draft {
  const { t, lang, kb } = ctx;
  const s = stateOf(ctx, e);
  let lead: string;
  if (s.phase === 'upcoming' && e.date.precision === 'day')
    lead = t.daysUntil(e.name[lang], s.daysUntil, s.when);
  else if (s.phase === 'upcoming') lead = t.daysUntilMonth(e.name[lang], s.when, s.daysUntil, kb.asOf(lang));
  else lead = eventSentence(ctx, s);
  const draft = eventWhen(ctx, e, confidence);
  return { ...draft, intent: 'event.countdown', lead };
}

/** "What happens in March 2026?": every event whose dates touch that month. */
export function eventsInMonth(ctx: Ctx, year: number, month: number, confidence: number): Draft {
  const { kb, t, lang } = ctx;
  const key = `${year}-${String(month).padStart(2, '0')}`;
  const touching = overlapping(kb, `${key}-01`, `${key}-31`, LIMITS.items).map((s) => stateOf(ctx, s.event));
  const monthText = formatMonth(key, lang);
  return {
    kind: 'timeline',
    intent: touching.length ? 'events.month' : 'events.month.none',
    title: t.monthTitle(monthText),
    lead: touching.length ? eventSentence(ctx, touching[0] as EventState) : t.nothingInMonth(monthText),
    items: touching.map((s) => eventItem(ctx, s)),
    notes: touching.slice(1).map((s) => eventSentence(ctx, s)),
    facts: touching.map((s) => s.event.id),
    confidence,
    suggestions: [t.ask.timeline, t.ask.next],
  };
}
