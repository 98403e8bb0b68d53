import { channelKey } from '../core/subscriptions/types.js';
import { migrateState } from './migrate.js';
import type { State } from './schema.js';

/**
 * A state document from outside (a backup, `npm run state -- export` output, a state file): parsed,
 * migrated to the current schema, validated, and cross-checked. Every problem is named.
 */
export type ParsedStateDocument =
  | { ok: true; state: State; migratedFrom: number | null }
  | { ok: false; problems: string[] };

export function parseStateDocument(text: string): ParsedStateDocument {
  if (text.trim() === '') return { ok: false, problems: ['the file is empty'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${(error as Error).message})`] };
  }
  const migrated = migrateState(raw);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const { state } = migrated;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, sub] of state.subscriptions.entries()) {
    if (seen.has(sub.id)) problems.push(`subscriptions[${i}]: the id "${sub.id}" appears twice`);
    seen.add(sub.id);
    const expected = channelKey(sub.channel);
    if (sub.id !== expected)
      problems.push(`subscriptions[${i}]: id "${sub.id}" does not match its channel ("${expected}")`);
  }
  for (const [id, mark] of Object.entries(state.digests)) {
    if (!Object.hasOwn(state.snapshots, mark.snapshot)) {
      problems.push(`digests["${id}"]: snapshot "${mark.snapshot}" is not in "snapshots"`);
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, state, migratedFrom: migrated.migratedFrom };
}
