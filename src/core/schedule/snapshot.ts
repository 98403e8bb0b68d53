import type { FactView } from '../knowledge/view.js';

/**
 * A fact base snapshot: a content hash per record, so a digest can say which records were added
 * or changed since the channel's previous digest. Pure; hashes are stable across key order.
 */

export interface Snapshot {
  id: string;
  /** Record key ("events/pm-white-house-visit", "deal") → content hash. */
  hashes: Record<string, string>;
}

export interface RecordChange {
  /** "events", "projects", …, or "deal". */
  collection: string;
  id: string;
  change: 'added' | 'changed';
}

const COLLECTIONS = [
  'events',
  'projects',
  'tranches',
  'terms',
  'tariffs',
  'conflicts',
  'people',
  'organisations',
  'sectors',
  'goals',
  'gaps',
  'opinions',
  'sources',
] as const;

/** cyrb53: a fast 53-bit string hash, plenty to tell edited records apart. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const cache = new WeakMap<FactView, Snapshot>();

/** The records of a view as the file has them (a resolved record hashes its source record). */
function raw(r: { id: string; record?: unknown }): unknown {
  return r.record ?? r;
}

export function snapshotOf(facts: FactView): Snapshot {
  const cached = cache.get(facts);
  if (cached) return cached;
  const hashes: Record<string, string> = { deal: hash(canonical(facts.deal)) };
  for (const c of COLLECTIONS)
    for (const r of facts[c] as readonly { id: string }[]) hashes[`${c}/${r.id}`] = hash(canonical(raw(r)));
  const keys = Object.keys(hashes).sort();
  const snapshot = { id: hash(keys.map((k) => `${k}=${hashes[k]}`).join(';')), hashes };
  cache.set(facts, snapshot);
  return snapshot;
}

/** Records added or changed in `current` since `previous` (removed records are not news). */
export function changesSince(previous: Readonly<Record<string, string>>, current: Snapshot): RecordChange[] {
  const out: RecordChange[] = [];
  for (const [key, h] of Object.entries(current.hashes)) {
    const before = previous[key];
    if (before === h) continue;
    const slash = key.indexOf('/');
    out.push({
      collection: slash < 0 ? key : key.slice(0, slash),
      id: slash < 0 ? key : key.slice(slash + 1),
      change: before === undefined ? 'added' : 'changed',
    });
  }
  return out;
}
