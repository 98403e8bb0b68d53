import { COLLECTIONS } from './collections.js';
import type { FactBaseProblem } from './problems.js';

type Json = Record<string, unknown>;

/**
 * Merges a curator's partial file (some collections and `sources`) into a whole fact base, both as
 * raw JSON (validate the result with parseFactBase). Pure; the base is not changed.
 * - a source defined in both must be the same entry (else a problem: the curators must agree);
 * - a record whose id is new is appended; one whose id exists is merged: dated lists (arrays of
 *   observations) are joined, oldest report first; `cite`, `aliases`, `participants` are joined
 *   without repeats; any other field given by the partial file replaces the base's.
 */
export function mergeFactBase(
  base: unknown,
  partial: unknown,
  label: string,
): { merged: Json; problems: FactBaseProblem[] } {
  const problems: FactBaseProblem[] = [];
  const merged = structuredClone(base) as Json;
  if (!partial || typeof partial !== 'object' || Array.isArray(partial)) {
    problems.push({
      path: '$',
      message: `${label} is not a JSON object`,
      fix: 'write one object whose keys are collection names',
    });
    return { merged, problems };
  }
  for (const [key, value] of Object.entries(partial as Json)) {
    if (key === '$schema' || key === 'meta') continue;
    if (key !== 'sources' && !(COLLECTIONS as readonly string[]).includes(key)) {
      problems.push({
        path: `$.${key}`,
        message: `${label}: "${key}" is not a collection of the fact base`,
        fix: `use one of: sources, ${COLLECTIONS.join(', ')}`,
      });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({
        path: `$.${key}`,
        message: `${label}: "${key}" is not a list`,
        fix: 'make it a JSON array of records',
      });
      continue;
    }
    const list = (Array.isArray(merged[key]) ? merged[key] : []) as Json[];
    merged[key] = list;
    const at = new Map<string, number>();
    list.forEach((r, i) => {
      at.set(String(r.id), i);
    });
    value.forEach((record: Json, i) => {
      const id = String(record?.id);
      const j = at.get(id);
      if (j === undefined) {
        at.set(id, list.length);
        list.push(record);
      } else if (key === 'sources') {
        if (JSON.stringify(sorted(list[j])) !== JSON.stringify(sorted(record)))
          problems.push({
            path: `$.sources[${i}]`,
            message: `${label}: source "${id}" differs from the one already defined`,
            fix: "define each source once, the same in both curators' files (check the other file first)",
          });
      } else list[j] = mergeRecord(list[j] as Json, record);
    });
  }
  return { merged, problems };
}

const JOINED = new Set(['cite', 'aliases', 'participants', 'about', 'projects']);

function mergeRecord(base: Json, extra: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const had = out[key];
    if (Array.isArray(had) && Array.isArray(value)) {
      if (isObservations(had) && isObservations(value)) out[key] = joinObservations(had, value);
      else if (JOINED.has(key)) out[key] = unique([...had, ...value]);
      else out[key] = value;
    } else out[key] = value;
  }
  return out;
}

function isObservations(list: unknown[]): boolean {
  const first = list[0] as Json | undefined;
  return !!first && typeof first === 'object' && 'value' in first && 'reported' in first;
}

function joinObservations(a: unknown[], b: unknown[]): unknown[] {
  return unique([...a, ...b]).sort((x, y) => {
    const rx = String((x as Json).reported);
    const ry = String((y as Json).reported);
    return rx < ry ? -1 : rx > ry ? 1 : 0;
  });
}

function unique(list: unknown[]): unknown[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Json)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, sorted(x)]),
    );
  return v;
}
