import type { LocalizedText, ReasonRecord } from '../factbase/schema-common.js';
import type { FactView } from './view.js';

/** The kinds of record that can carry reasons. */
export type ReasonHolder =
  | 'deal'
  | 'person'
  | 'project'
  | 'event'
  | 'term'
  | 'tranche'
  | 'tariff'
  | 'conflict';

/** A reason known on a day, with the record that carries it. */
export interface ReasonClaim {
  /** The id of the record the reason is for. */
  record: string;
  holder: ReasonHolder;
  /** The record's name (a term's or conflict's topic). */
  name: LocalizedText;
  /** Words of the record beyond its name (summary, purpose, aliases), for matching a question. */
  about: readonly string[];
  /** Ids the record is linked to: an event's participants and subjects, a conflict's records, a project's partners. */
  related: readonly string[];
  reason: ReasonRecord;
}

interface Holder {
  id: string;
  reasons?: readonly ReasonRecord[] | undefined;
}

/**
 * Every reason known on the view's day: the `reasons` of every record, each from the day it was
 * reported. An event's older single `why` (no date or cite of its own) counts as a reason reported
 * with the event and cited by the event's sources, unless the event carries `reasons`.
 */
export function reasonsOn(view: FactView): ReasonClaim[] {
  const out: ReasonClaim[] = [];
  const add = (
    r: Holder,
    holder: ReasonHolder,
    name: LocalizedText,
    about: readonly string[],
    related: readonly string[],
  ) => {
    for (const reason of r.reasons ?? [])
      if (reason.reported <= view.day) out.push({ record: r.id, holder, name, about, related, reason });
  };
  const d = view.deal;
  add(d, 'deal', d.name, [d.summary.en, d.summary.ja, ...d.aliases], d.parties);
  for (const p of view.people) add(p, 'person', p.name, p.aliases, []);
  for (const p of view.projects)
    add(
      p.record,
      'project',
      p.name,
      [p.purpose.en, p.purpose.ja, ...p.aliases],
      [...p.partners, p.tranche ?? ''],
    );
  for (const e of view.events) {
    const r = e.record;
    const about = [r.summary.en, r.summary.ja, ...r.aliases];
    const related = [...r.participants, ...(r.about ?? [])];
    if (r.reasons?.length) add(r, 'event', r.name, about, related);
    else if (r.why)
      out.push({
        record: r.id,
        holder: 'event',
        name: r.name,
        about,
        related,
        reason: { text: r.why, aliases: [], reported: r.date[0]?.reported ?? view.day, cite: r.cite },
      });
  }
  for (const t of view.terms) add(t, 'term', t.topic, t.aliases, []);
  for (const t of view.tranches) add(t, 'tranche', t.name, t.aliases, t.projects);
  for (const t of view.tariffs) add(t, 'tariff', t.name, [t.appliesTo.en, t.appliesTo.ja, ...t.aliases], []);
  for (const c of view.conflicts) add(c, 'conflict', c.topic, c.aliases, c.about);
  return out;
}
