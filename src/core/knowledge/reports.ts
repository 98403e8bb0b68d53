import type { FactView } from './view.js';

/** What a report said about a record, on the day it said it (for digests: news by report date). */
export interface Report {
  /** "events", "projects", … */
  collection: string;
  id: string;
  /** The fields a report in the period touched ("date", "amount", "status", "roles", …). */
  fields: string[];
  /** The first report day in the period. */
  reported: string;
  /** The record was first reported in the period. */
  added: boolean;
  sources: string[];
}

const COLLECTIONS = ['events', 'projects', 'tranches', 'terms', 'tariffs', 'conflicts', 'people'] as const;

/**
 * Every record with a report dated after `after` and on or before `upTo` ('YYYY-MM-DD'), oldest
 * report first. Reads only the view (what was known by its day). Pure.
 */
export function reportsBetween(view: FactView, after: string, upTo: string): Report[] {
  const out: Report[] = [];
  const inside = (d: string) => d > after && d <= upTo;
  for (const collection of COLLECTIONS) {
    for (const r of view[collection] as readonly { id: string; record?: object }[]) {
      const record = (r.record ?? r) as Record<string, unknown>;
      const fields: string[] = [];
      const sources = new Set<string>();
      let first: string | undefined;
      let earliestEver: string | undefined;
      for (const [field, value] of Object.entries(record)) {
        if (!Array.isArray(value)) continue;
        for (const o of value as { reported?: unknown; cite?: { source: string }[] }[]) {
          if (!o || typeof o !== 'object' || typeof o.reported !== 'string') continue;
          if (earliestEver === undefined || o.reported < earliestEver) earliestEver = o.reported;
          if (!inside(o.reported)) continue;
          if (!fields.includes(field)) fields.push(field);
          for (const c of o.cite ?? []) sources.add(c.source);
          if (first === undefined || o.reported < first) first = o.reported;
        }
      }
      if (first === undefined) continue;
      out.push({
        collection,
        id: r.id,
        fields,
        reported: first,
        added: earliestEver !== undefined && inside(earliestEver),
        sources: [...sources],
      });
    }
  }
  return out.sort((a, b) => (a.reported < b.reported ? -1 : a.reported > b.reported ? 1 : 0));
}
