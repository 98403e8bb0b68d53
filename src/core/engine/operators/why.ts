import type { EventNow } from '../../knowledge/view.js';
import { shared, topicTerms } from '../analysis/terms.js';
import type { Draft } from '../compose.js';
import { eventWhen } from '../handlers/events.js';
import type { OperatorInput } from './operator.js';

/** Terms of an event's text in both languages, computed once per record. */
const TERMS = new WeakMap<object, Set<string>>();

function eventTerms(e: EventNow): Set<string> {
  let terms = TERMS.get(e.record);
  if (!terms) {
    const r = e.record;
    terms = topicTerms(
      [
        r.name.en,
        r.name.ja,
        ...(r.aliases ?? []),
        r.summary.en,
        r.summary.ja,
        r.why?.en ?? '',
        r.why?.ja ?? '',
      ].join(' '),
    );
    TERMS.set(e.record, terms);
  }
  return terms;
}

/** Shared terms needed to take an event as the one a "why" question means. */
const MIN_SHARED = 2;

/**
 * "Why" questions get the reason recorded for that event (its `why`), found among the events known
 * on the day by their names, people and words; an event named with no reason recorded says so. Never
 * the deal's goals in place of a reason.
 */
export function whyOperator(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects !== 'reason') return undefined;
  const { kb, lang } = ctx;
  // Names count once, through `named` below: their words are not topic words.
  let rest = q.raw.normalize('NFKC').toLowerCase();
  for (const x of q.focus) if (!x.partial) rest = rest.split(x.alias).join(' ');
  const asked = topicTerms(rest);
  const names = topicTerms(
    q.focus
      .filter((x) => !x.partial)
      .map((x) => x.alias)
      .join(' '),
  );
  const focus = new Set(q.focus.filter((x) => !x.partial).map((x) => x.entity.id));
  let best: { e: EventNow; score: number; named: number } | undefined;
  for (const e of kb.eventsByDate) {
    if (!e.record.why) continue;
    const named = focus.has(e.id) ? 3 : e.participants.some((p) => focus.has(p)) ? 1 : 0;
    // A record named in the question that the event's text names too counts once.
    const terms = eventTerms(e);
    const score = shared(asked, terms) + named + (named === 0 && shared(names, terms) > 0 ? 1 : 0);
    if (score >= MIN_SHARED && (!best || score > best.score)) best = { e, score, named };
  }
  const namedEvent = q.focus.find((x) => x.entity.type === 'event' && !x.partial);
  // An event the question names outright wins over one that only shares words with it.
  if (best?.e.record.why && (best.named > 0 || !namedEvent)) {
    const e = best.e;
    const card = eventWhen(ctx, e, Math.min(0.9, 0.5 + best.score * 0.1));
    return { ...card, intent: 'why.event', lead: m.whyLead(e.name[lang], e.record.why?.[lang] ?? '') };
  }
  // An event named outright with no reason recorded: say so, then what is known of it.
  const e = namedEvent ? kb.events.get(namedEvent.entity.id) : undefined;
  if (e) {
    const card = eventWhen(ctx, e, 0.7);
    return {
      ...card,
      intent: 'why.not-given',
      lead: `${m.whyNotGiven(e.name[lang])}${lang === 'ja' ? '' : ' '}${card.lead}`,
    };
  }
  return undefined;
}
