import { z } from 'zod';
import { STATE_SCHEMA_VERSION, type State, StateSchema } from './schema.js';

/**
 * Brings a state file written by an older deal-bot up to the current schema, then validates it.
 * Each step takes the raw JSON of version N and returns the raw JSON of version N + 1.
 */

type Raw = Record<string, unknown>;

const STEPS: Record<number, (raw: Raw) => Raw> = {
  // v1 kept only the keys that were sent, with the time: { schemaVersion: 1, subscriptions, sent, lastTickAt }.
  // v2 records an outcome per key and what each channel's last digest covered.
  1: (raw) => {
    const sent = isRecord(raw.sent) ? raw.sent : {};
    const ledger = Object.fromEntries(
      Object.entries(sent).map(([key, at]) => [key, { at, outcome: 'sent' }]),
    );
    return {
      schemaVersion: 2,
      subscriptions: raw.subscriptions,
      ledger,
      digests: {},
      snapshots: {},
      lastTickAt: raw.lastTickAt ?? null,
    };
  },
  // v3 keeps the Slack workspaces that installed the app through OAuth (encrypted), and adds the news
  // watch: a news flag on each subscription (off), and the reports and feed state.
  2: (raw) => ({
    ...raw,
    schemaVersion: 3,
    subscriptions: Array.isArray(raw.subscriptions)
      ? raw.subscriptions.map((s) => (isRecord(s) ? { ...s, news: s.news ?? false } : s))
      : raw.subscriptions,
    installations: {},
    news: { items: [], feeds: {} },
  }),
};

export type MigrateResult =
  | { ok: true; state: State; migratedFrom: number | null }
  | { ok: false; problem: string; fix: string };

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function migrateState(raw: unknown): MigrateResult {
  if (!isRecord(raw)) {
    return {
      ok: false,
      problem: 'the content is not a JSON object',
      fix: 'restore a backup or reset the state',
    };
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problem: 'it has no valid "schemaVersion", so it is not a deal-bot state file',
      fix: 'check STATE_PATH points at the state file, or reset the state',
    };
  }
  if (version > STATE_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `it was written by a newer deal-bot (schema version ${version}; this one reads up to ${STATE_SCHEMA_VERSION})`,
      fix: 'run the newer deal-bot, or restore a backup made by this version',
    };
  }
  let current: Raw = raw;
  for (let v = version; v < STATE_SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, problem: `no migration from schema version ${v}`, fix: 'reset the state' };
    current = step(current);
  }
  const parsed = StateSchema.safeParse(current);
  if (!parsed.success) {
    return {
      ok: false,
      problem: `its content does not match the state schema:\n${z.prettifyError(parsed.error)}`,
      fix: 'correct the fields named above, or reset the state',
    };
  }
  return { ok: true, state: parsed.data, migratedFrom: version === STATE_SCHEMA_VERSION ? null : version };
}
