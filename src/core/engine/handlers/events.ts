import type { EventNow } from '../../knowledge/view.js';
import { formatDateValue, formatDayKey, formatMonth } from '../../time/dates.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { around, endedExpected, notOver, overlapping, shiftKey } from '../event-queries.js';
import { type EventState, eventState, formatWhen } from '../event-state.js';
import { provenance, valueText } from '../provenance.js';

export function stateOf(ctx: Ctx, e: EventNow): EventState {
  return eventState(e, ctx.todayIn, ctx.kb.facts.knownTo, ctx.lang);
}

function participantsText(ctx: Ctx, e: EventNow): string {
  return e.participants.map((id) => ctx.kb.nameOf(id, ctx.lang)).join(ctx.lang === 'ja' ? '、' : ', ');
}

/** Kinds of event that "take place" (an announcement or a ruling is simply dated). */
const GATHERINGS = new Set([
  'visit',
  'summit',
  'meeting',
  'call',
  'signing',
  'hearing',
  'ceremony',
  'election',
]);

/** What happened, once it has: the summary, and the report that it was held (with its note). */
function outcome(ctx: Ctx, s: EventState): string {
  if (s.phase !== 'past' || s.status !== 'held') return '';
  const note = s.event.statuses?.current.note?.[ctx.lang];
  return [s.event.summary[ctx.lang], note ?? ''].filter(Boolean).join(ctx.t.sentenceGap);
}

export function eventItem(ctx: Ctx, s: EventState, withOutcome = true) {
  const { lang, t } = ctx;
  const who = participantsText(ctx, s.event);
  const detail = [withOutcome ? outcome(ctx, s) : '', who ? t.participants(who) : '']
    .filter(Boolean)
    .join(t.sentenceGap);
  const when = s.when.charAt(0).toUpperCase() + s.when.slice(1);
  const status = s.event.dates.sides ? 'conflicting' : s.status;
  return item(s.event.id, `${when}: ${s.event.name[lang]}`, lang, { detail, status, date: s.when });
}

/** The day the event's date was reported, for "known since …" and "per the … report". */
function reportedDay(ctx: Ctx, e: EventNow): string {
  return formatDayKey(e.dates.current.reported, ctx.lang);
}

/** A sentence that says where an event stands, relative to now and to what was reported by then. */
export function eventSentence(ctx: Ctx, s: EventState): string {
  const { t, lang } = ctx;
  const name = s.event.name[lang];
  const reported = reportedDay(ctx, s.event);
  switch (s.phase) {
    case 'upcoming':
      return s.event.date.precision === 'day'
        ? t.eventUpcomingDay(name, s.when, s.daysUntil)
        : t.eventUpcomingMonth(name, s.when, reported);
    case 'current':
      return s.event.date.precision === 'day'
        ? t.eventCurrentDay(name, s.when)
        : t.eventCurrentMonth(name, s.when, reported);
    case 'stale':
      return t.eventStale(name, s.when, ctx.kb.asOf(lang));
    case 'past':
      if (s.status === 'cancelled' || s.status === 'postponed')
        return t.eventCalledOff(name, s.when, t.status[s.status]);
      return t.eventHeld(name, s.when, GATHERINGS.has(s.event.kind));
  }
}

/** Provenance of the event's date (and of the report that it was held), with earlier dates. */
function dateNotes(ctx: Ctx, s: EventState): { notes: string[]; sources: string[] } {
  const { lang, t } = ctx;
  const e = s.event;
  const date = valueText(ctx, e.dates, (v) => formatWhen({ date: v.start, endDate: v.end }, lang));
  const notes = [t.dateKnown(date.text, formatDayKey(e.dates.current.reported, lang))];
  if (date.history) notes.push(date.history);
  const sources = [...date.sources];
  if (e.statuses && (s.phase === 'past' || s.status === 'cancelled' || s.status === 'postponed')) {
    const p = provenance(ctx, e.statuses.current.cite);
    notes.push(t.statusReported(t.status[e.statuses.value], p.text));
    sources.push(...p.sources);
  }
  if (e.why) notes.push(e.why[lang]);
  return { notes, sources };
}

/** Declared disagreements about a record, known on the day: each side in one line. */
export function conflictsAbout(ctx: Ctx, id: string): string[] {
  const { lang, t } = ctx;
  return ctx.kb.facts.conflicts
    .filter((c) => c.about.includes(id))
    .map((c) => {
      const sides = c.positions.filter((p) => p.reported <= ctx.day).map((p) => p.summary[lang]);
      return sides.length > 1
        ? `${t.conflictNote(c.topic[lang], '')} ${sides.join(lang === 'ja' ? '／' : ' / ')}`
        : '';
    })
    .filter(Boolean);
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
    sources: [...new Set(states.flatMap((s) => s.event.dates.current.cite.map((c) => c.source)))],
    confidence,
    suggestions: [t.ask.next, t.ask.pmVisit],
  };
}

/** "Key dates?": the events marked as the deal's milestones (data on each event), oldest first. */
export function milestones(ctx: Ctx, confidence = 0.93): Draft {
  const { kb, t, lang } = ctx;
  const states = kb.spans
    .filter((s) => s.event.milestone)
    .slice(0, LIMITS.items)
    .map((s) => stateOf(ctx, s.event));
  if (!states.length) return { ...timeline(ctx, confidence), intent: 'timeline' };
  return {
    kind: 'timeline',
    intent: 'timeline.milestones',
    title: t.milestonesTitle,
    lead: t.milestonesLead(states.length, kb.asOf(lang)),
    items: states.map((s) => eventItem(ctx, s)),
    facts: states.map((s) => s.event.id),
    sources: [...new Set(states.flatMap((s) => s.event.dates.current.cite.map((c) => c.source)))],
    confidence,
    suggestions: [t.ask.next, t.ask.timeline],
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

/** Upcoming events relative to `now`; when none, says so and names the last ones whose outcome is unknown. */
export function next(ctx: Ctx, confidence = 0.95): Draft {
  const { kb, t, lang } = ctx;
  const ahead = upcoming(ctx, LIMITS.items);
  const todayKey = ctx.todayIn('UTC');
  const stale = endedExpected(kb, shiftKey(kb.facts.endsOn, -62), shiftKey(todayKey, 1), LIMITS.items)
    .map((s) => stateOf(ctx, s.event))
    .filter((s) => s.phase === 'stale');
  const todayText = formatDayKey(ctx.todayIn('UTC'), lang);
  const end = kb.beyondSources ? [t.sourcesEnd(kb.asOf(lang))] : [];
  const sources = (list: EventState[]) => [
    ...new Set(list.flatMap((s) => s.event.dates.current.cite.map((c) => c.source))),
  ];
  if (ahead.length) {
    return {
      kind: 'timeline',
      intent: 'next',
      title: t.nextTitle,
      lead: eventSentence(ctx, ahead[0] as EventState),
      items: ahead.map((s) => eventItem(ctx, s)),
      notes: [...end, ...stale.slice(0, 3).map((s) => eventSentence(ctx, s))],
      facts: ahead.map((s) => s.event.id),
      sources: sources(ahead),
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
    notes: [...end, ...stale.map((s) => eventSentence(ctx, s))],
    facts: stale.map((s) => s.event.id),
    sources: sources(stale),
    confidence,
    suggestions: [t.ask.timeline, t.ask.projects],
  };
}

export function eventWhen(ctx: Ctx, e: EventNow, confidence: number): Draft {
  const { kb, t, lang } = ctx;
  const s = stateOf(ctx, e);
  const gaps = kb.facts.gaps.filter((g) => g.about.includes(e.id));
  const prov = dateNotes(ctx, s);
  const what = outcome(ctx, s);
  return {
    kind: 'answer',
    intent: 'event.when',
    title: e.name[lang],
    lead: what ? `${eventSentence(ctx, s)}${t.sentenceGap}${what}` : eventSentence(ctx, s),
    items: [eventItem(ctx, s, !what)],
    notes: [
      ...prov.notes,
      ...conflictsAbout(ctx, e.id),
      ...gaps.map((g) => g.known[lang]),
      ...(s.phase === 'stale' ? [t.sourcesEnd(kb.asOf(lang))] : []),
    ],
    facts: [e.id, ...gaps.map((g) => g.id)],
    sources: [...new Set([...prov.sources, ...e.cite.map((c) => c.source)])],
    confidence,
    suggestions: [t.ask.next, t.ask.timeline],
  };
}

export function countdown(ctx: Ctx, e: EventNow, confidence: number): Draft {
  const { t, lang } = ctx;
  const s = stateOf(ctx, e);
  let lead: string;
  if (s.phase === 'upcoming' && e.date.precision === 'day')
    lead = t.daysUntil(e.name[lang], s.daysUntil, s.when);
  else if (s.phase === 'upcoming')
    lead = t.daysUntilMonth(e.name[lang], s.when, s.daysUntil, reportedDay(ctx, e));
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
  // A month after the sources end: say so, rather than "nothing happened".
  const beyond =
    `${key}-01` > kb.facts.endsOn
      ? [t.sourcesEnd(formatDateValue({ precision: 'month', month: kb.facts.endsOn.slice(0, 7) }, lang))]
      : [];
  return {
    kind: 'timeline',
    intent: touching.length ? 'events.month' : 'events.month.none',
    title: t.monthTitle(monthText),
    lead: touching.length ? eventSentence(ctx, touching[0] as EventState) : t.nothingInMonth(monthText),
    items: touching.map((s) => eventItem(ctx, s)),
    notes: [...beyond, ...touching.slice(1).map((s) => eventSentence(ctx, s))],
    facts: touching.map((s) => s.event.id),
    sources: [...new Set(touching.flatMap((s) => s.event.dates.current.cite.map((c) => c.source)))],
    confidence,
    suggestions: [t.ask.timeline, t.ask.next],
  };
}
