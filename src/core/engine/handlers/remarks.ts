import type { PersonNow } from '../../knowledge/view.js';
import { type Draft, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { eventItem, stateOf } from './events.js';

/**
 * "What does Lutnick think?", "what did Trump say about the money?": the statements and events the
 * sources report with that person, newest first (their own words are in each event's summary).
 */
export function remarks(ctx: Ctx, p: PersonNow, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const events = [...(kb.eventsByParticipant.get(p.id) ?? [])].reverse().slice(0, LIMITS.items);
  const states = events.map((e) => stateOf(ctx, e));
  const name = p.name[lang];
  return {
    kind: 'timeline',
    intent: 'who.remarks',
    title: t.remarksTitle(name),
    lead: t.remarksLead(name, states.length),
    items: states.map((s) => eventItem(ctx, s)),
    facts: [p.id, ...states.map((s) => s.event.id)],
    sources: [...new Set(states.flatMap((s) => s.event.dates.current.cite.map((c) => c.source)))],
    confidence,
    suggestions: [t.askWhoIs(p.name[lang]), t.ask.timeline],
  };
}
