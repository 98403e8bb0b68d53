import { type ReasonClaim, reasonsOn } from '../knowledge/reasons.js';
import { endKey, startKey } from '../time/date-keys.js';
import { topicTerms } from './analysis/terms.js';
import type { Knowledge } from './knowledge.js';

/** A reason known on a day, with the terms a question is matched against, computed once per day. */
export interface ReasonEntry {
  claim: ReasonClaim;
  /** Terms of the reason's cue words ("delay", "遅れ"): a question that uses one asks for this reason. */
  cue: ReadonlySet<string>;
  /** Terms of the reason, of what it explains, and of its record (name, summary, aliases). */
  words: ReadonlySet<string>;
  /** For an event: its first and last day ('YYYY-MM-DD'), to match a month the question names. */
  start?: string;
  end?: string;
}

/** The reasons of a day, reachable by record, by linked record, and by term (no scan of every reason). */
export interface ReasonIndex {
  byRecord: ReadonlyMap<string, readonly ReasonEntry[]>;
  byRelated: ReadonlyMap<string, readonly ReasonEntry[]>;
  byTerm: ReadonlyMap<string, readonly ReasonEntry[]>;
}

const CACHE = new WeakMap<Knowledge, ReasonIndex>();

/** The reason index of a day's knowledge, built on first use and kept with it. */
export function reasonIndex(kb: Knowledge): ReasonIndex {
  let index = CACHE.get(kb);
  if (!index) {
    index = build(kb);
    CACHE.set(kb, index);
  }
  return index;
}

function build(kb: Knowledge): ReasonIndex {
  const byRecord = new Map<string, ReasonEntry[]>();
  const byRelated = new Map<string, ReasonEntry[]>();
  const byTerm = new Map<string, ReasonEntry[]>();
  const push = (map: Map<string, ReasonEntry[]>, key: string, e: ReasonEntry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const claim of reasonsOn(kb.facts)) {
    const r = claim.reason;
    const cue = topicTerms((r.aliases ?? []).join(' '));
    const explains = [r.explains?.en ?? '', r.explains?.ja ?? ''];
    const words = topicTerms(
      [r.text.en, r.text.ja, ...explains, claim.name.en, claim.name.ja, ...claim.about].join(' '),
    );
    const entry: ReasonEntry = { claim, cue, words };
    if (claim.holder === 'event') {
      const e = kb.events.get(claim.record);
      if (e) {
        entry.start = startKey(e.date);
        entry.end = endKey(e.endDate ?? e.date);
      }
    }
    push(byRecord, claim.record, entry);
    for (const id of new Set(claim.related)) if (id) push(byRelated, id, entry);
    for (const t of new Set([...cue, ...words])) push(byTerm, t, entry);
  }
  return { byRecord, byRelated, byTerm };
}
