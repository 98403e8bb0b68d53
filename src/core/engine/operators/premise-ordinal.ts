import type { TrancheRecord } from '../../factbase/schema.js';
import type { EventNow } from '../../knowledge/view.js';
import { startKey } from '../../time/date-keys.js';
import { asksFuture, countsIn, type Ordinal, ordinalsIn } from '../analysis/premise-parts.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';
import { eventWhen } from '../handlers/events.js';
import { trancheAnswer } from '../handlers/records.js';
import { type OperatorInput, prefixed } from './operator.js';
import { recordLabel } from './premise-index.js';

/** The event kinds an ordinal's noun counts ("the second visit": visits and summits). */
const KINDS: Record<string, readonly string[]> = {
  visit: ['visit', 'summit'],
  meeting: ['meeting', 'summit', 'call'],
  call: ['call'],
};

/**
 * Ordinals beyond what is recorded as of `now`: "the third tranche" when two are recorded, "the 4th
 * project" of a tranche of three, "the second White House visit" when one happened, "the committee's
 * first meeting" before any. Counted from the records valid at `now`; the lead gives the count.
 */
export function ordinalPremise(input: OperatorInput): Draft | undefined {
  const { q } = input;
  if (q.expects === 'yes-no') return undefined;
  // "When will the third tranche be announced?": not a false premise, but nothing reported yet.
  if (asksFuture(q.text, q.raw)) {
    const next = ordinalsIn(q.text, q.raw, true).find((o) => o.noun === 'tranche' && !o.count);
    return next ? tranche(input, next, true) : undefined;
  }
  for (const o of [...ordinalsIn(q.text, q.raw), ...countsIn(q.text, q.raw)]) {
    const found =
      o.noun === 'tranche' ? tranche(input, o) : o.noun === 'project' ? project(input, o) : event(input, o);
    if (found) return found;
  }
  return undefined;
}

function tranche(input: OperatorInput, o: Ordinal, future = false): Draft | undefined {
  const { ctx, m } = input;
  const known = ctx.kb.facts.tranches;
  if (o.count ? o.n <= known.length : o.n <= 1 || known.some((t) => t.ordinal === o.n)) return undefined;
  const what = o.count ? m.countTranches(o.n) : m.ordinalTranche(m.nth(o.n));
  const asOf = ctx.kb.asOf(ctx.lang);
  const lead = future ? m.notYetReported(what, asOf) : m.noOrdinal(what, known.length, asOf);
  const last = known.reduce<TrancheRecord | undefined>(
    (a, t) => (!a || t.ordinal > a.ordinal ? t : a),
    undefined,
  );
  return withLead(input, lead, last ? trancheAnswer(ctx, last, 0.75) : input.best());
}

function project(input: OperatorInput, o: Ordinal): Draft | undefined {
  const { ctx, m, q } = input;
  const named = q.focus.find((x) => x.entity.type === 'tranche' && !x.partial);
  const t = named && ctx.kb.facts.tranches.find((x) => x.id === named.entity.id);
  if (!t) return undefined;
  const count = t.projects.filter((id) => ctx.kb.projects.get(id)).length;
  if (o.n <= count) return undefined;
  const name = recordLabel(ctx, t.name[ctx.lang]);
  const what = o.count ? m.countProjects(o.n, name) : m.ordinalProject(m.nth(o.n), name);
  const lead = m.noOrdinal(what, count, ctx.kb.asOf(ctx.lang));
  return withLead(input, lead, trancheAnswer(ctx, t, 0.75));
}

/** Events of the noun's kind that involve every record named (or are like the event named), started by now. */
function event(input: OperatorInput, o: Ordinal): Draft | undefined {
  const { ctx, m, q } = input;
  const kinds = KINDS[o.noun] ?? [];
  const strong = q.focus.filter((x) => !x.partial && x.strength >= 0.8);
  const like = strong.map((x) => ctx.kb.events.get(x.entity.id)).find((e) => e && kinds.includes(e.kind));
  const anchors = strong.filter((x) => x.entity.type === 'person' || x.entity.type === 'organisation');
  if (!like && !anchors.length) return undefined;
  const first = like?.participants[0] ?? anchors[0]?.entity.id ?? '';
  const pool = ctx.kb.eventsByParticipant.get(first) ?? [];
  const matches = pool.filter(
    (e) =>
      startKey(e.date) <= ctx.day &&
      (like ? e.kind === like.kind && e.place?.en === like.place?.en : kinds.includes(e.kind)) &&
      anchors.every((a) => involves(ctx, e, a)),
  );
  if (o.n <= matches.length) return undefined;
  const about = like
    ? m.eventLike(recordLabel(ctx, like.name[ctx.lang]))
    : m.eventAbout(
        anchors.map((a) => ctx.kb.nameOf(a.entity.id, ctx.lang)).join(ctx.lang === 'ja' ? '・' : ' and '),
      );
  const lead = m.noOrdinal(
    o.count
      ? m.countEvents(o.n, m.eventNouns[o.noun] ?? o.noun, about)
      : m.ordinalEvent(m.nth(o.n), m.eventNouns[o.noun] ?? o.noun, about),
    matches.length,
    ctx.kb.asOf(ctx.lang),
  );
  const last = matches.at(-1) ?? (like && startKey(like.date) <= ctx.day ? like : undefined);
  return withLead(input, lead, last ? eventWhen(ctx, last, 0.75) : input.best());
}

/** A person or organisation takes part in an event, or is its place ("the White House"). */
function involves(ctx: Ctx, e: EventNow, a: Mention): boolean {
  if (e.participants.includes(a.entity.id)) return true;
  const name = ctx.kb.nameOf(a.entity.id, 'en');
  return !!e.place && e.place.en.includes(name.replace(/^The /, ''));
}

function withLead(input: OperatorInput, lead: string, known: Draft | undefined): Draft | undefined {
  const drafted = prefixed(lead, known, input, 'premise.ordinal', 0.75);
  if (drafted) return drafted;
  return {
    kind: 'answer',
    intent: 'premise.ordinal',
    title: lead,
    lead,
    confidence: 0.7,
  };
}
