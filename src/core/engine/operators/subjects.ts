import type { LocalizedText, TermRecord, TrancheRecord } from '../../factbase/schema.js';
import type { EventNow, ProjectNow } from '../../knowledge/view.js';
import { startKey } from '../../time/date-keys.js';
import type { Ctx } from '../context.js';
import type { Knowledge } from '../knowledge.js';
import { perDay } from './day-cache.js';
import type { OperatorInput } from './operator.js';
import { askedMonth } from './yes-no-words.js';

/** The project the question names, or the one whose site it names ("the Georgia plant"). */
export function projectOf(ctx: Ctx, input: OperatorInput): ProjectNow | undefined {
  const { q } = input;
  const named = q.focus.find((x) => x.entity.type === 'project' && !/^\d/.test(x.alias));
  if (named) return ctx.kb.projects.get(named.entity.id);
  const bySite = perDay(ctx.kb, 'projects-by-site-word', projectsBySiteWord);
  const places = new Set<ProjectNow>();
  for (const w of q.text.split(' ')) for (const p of bySite.get(w) ?? []) places.add(p);
  for (const run of q.raw.match(/[\u30a0-\u30ff]{2,}/g) ?? [])
    for (let i = 0; i < run.length; i++)
      for (let j = i + 2; j <= run.length; j++)
        for (const p of bySite.get(run.slice(i, j)) ?? []) places.add(p);
  // A place that names one project only: two projects in one state are not guessed between.
  return places.size === 1 ? [...places][0] : undefined;
}

/** The projects by the first place word of their site ("georgia", "テキサス"), once per day. */
function projectsBySiteWord(kb: Knowledge): Map<string, ProjectNow[]> {
  const out = new Map<string, ProjectNow[]>();
  const add = (w: string | undefined, p: ProjectNow) => {
    if (!w) return;
    const list = out.get(w);
    if (list) list.push(p);
    else out.set(w, [p]);
  };
  for (const p of kb.projectsByAmount) {
    const site = p.location?.current.value;
    if (!site) continue;
    add(
      site.en
        .split(/[ ,(]/)
        .find((w) => /^[A-Z][a-z]{3,}$/.test(w) && !SITE_WORDS.has(w))
        ?.toLowerCase(),
      p,
    );
    add(site.ja.match(/^[\u30a0-\u30ff]{2,}/)?.[0], p);
  }
  return out;
}

/** Words opening a site's description that are not the place ("Southern Ohio", "About 26 miles off…"). */
const SITE_WORDS = new Set(['Southern', 'Northern', 'Eastern', 'Western', 'About', 'Near', 'The', 'Site']);

/** The tranche the question names outright, with its projects known on the day. */
export function trancheOf(
  ctx: Ctx,
  input: OperatorInput,
): { id: string; name: LocalizedText; members: ProjectNow[] } | undefined {
  const named = input.q.focus.find((x) => x.entity.type === 'tranche' && !x.partial);
  if (!named || !ctx.kb.visible(named.entity.id)) return undefined;
  const t = trancheRecord(ctx, named.entity.id);
  if (!t) return undefined;
  const members = t.projects.map((id) => ctx.kb.projects.get(id)).filter((p): p is ProjectNow => !!p);
  return { id: t.id, name: t.name, members };
}

/** A tranche record known on the day, by id (no scan). */
export function trancheRecord(ctx: Ctx, id: string): TrancheRecord | undefined {
  const r = ctx.kb.record(id);
  return r?.type === 'tranche' ? (r.record as TrancheRecord) : undefined;
}

/** A term record known on the day, by id (no scan). */
export function termRecord(ctx: Ctx, id: string): TermRecord | undefined {
  const r = ctx.kb.record(id);
  return r?.type === 'term' ? (r.record as TermRecord) : undefined;
}

/**
 * The events a question is about, in the first group that has any: for two people named, the past
 * events both took part in (in the month named, if one is), gatherings first, latest first; else the
 * events it names in full; else those it names in part.
 */
export function eventsOf(ctx: Ctx, input: OperatorInput): EventNow[] {
  const { q } = input;
  const people = [
    ...new Set(q.focus.filter((x) => x.entity.type === 'person' && !x.partial).map((x) => x.entity.id)),
  ];
  if (people.length >= 2) {
    const [a, b] = people as [string, string];
    const month = askedMonth(q.text, q.raw);
    const both = (ctx.kb.eventsByParticipant.get(a) ?? []).filter(
      (e) =>
        e.participants.includes(b) &&
        startKey(e.date) <= ctx.day &&
        (month === undefined || Number(startKey(e.date).slice(5, 7)) === month),
    );
    const ordered = [...both]
      .reverse()
      .sort((x, y) => Number(!GATHERINGS.has(x.kind)) - Number(!GATHERINGS.has(y.kind)));
    if (ordered.length) return ordered;
  }
  for (const partial of [false, true]) {
    const found = q.focus
      .filter((x) => x.entity.type === 'event' && !!x.partial === partial)
      .map((x) => ctx.kb.events.get(x.entity.id))
      .filter((e): e is EventNow => !!e);
    if (found.length) return found;
  }
  return [];
}

/** Kinds of event where people meet (a meeting's length, who attended). */
const GATHERINGS = new Set(['meeting', 'summit', 'visit', 'call', 'signing', 'ceremony', 'hearing']);
