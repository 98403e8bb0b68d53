import type pg from 'pg';
import type { State } from '../schema.js';
import type { ImportCounts } from '../store.js';
import { loadNewsState } from './news.js';
import { subscriptionParams, UPSERT_SUBSCRIPTION } from './rows.js';

/** Rows sent per statement when loading the ledger. */
const CHUNK = 5000;

/**
 * Loads a validated state into the tables, in the caller's transaction: every row is inserted or
 * replaced by its key and nothing is deleted, so a second import of the same file changes nothing.
 */
export async function importInto(db: pg.PoolClient, state: State): Promise<ImportCounts> {
  for (const [id, hashes] of Object.entries(state.snapshots)) {
    await db.query(
      'INSERT INTO snapshots (id, hashes) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET hashes = excluded.hashes',
      [id, JSON.stringify(hashes)],
    );
  }
  for (const sub of state.subscriptions) await db.query(UPSERT_SUBSCRIPTION, subscriptionParams(sub));
  for (const [id, mark] of Object.entries(state.digests)) {
    await db.query(
      `INSERT INTO digest_marks (subscription_id, last_at, snapshot) VALUES ($1, $2, $3)
       ON CONFLICT (subscription_id) DO UPDATE SET last_at = excluded.last_at, snapshot = excluded.snapshot`,
      [id, mark.lastAt, mark.snapshot],
    );
  }
  const ledger = Object.entries(state.ledger);
  for (let i = 0; i < ledger.length; i += CHUNK) {
    const part = ledger.slice(i, i + CHUNK);
    await db.query(
      `INSERT INTO deliveries (key, outcome, at, message_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[])
       ON CONFLICT (key) DO UPDATE SET outcome = excluded.outcome, at = excluded.at,
         message_id = excluded.message_id, claimed_by = NULL, lease_until = NULL`,
      [
        part.map(([key]) => key),
        part.map(([, e]) => e.outcome),
        part.map(([, e]) => e.at),
        part.map(([, e]) => e.messageId ?? null),
      ],
    );
  }
  for (const [key, record] of Object.entries(state.installations)) {
    await db.query(
      `INSERT INTO slack_installations (key, installed_at, sealed) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET installed_at = excluded.installed_at, sealed = excluded.sealed`,
      [key, record.installedAt, record.sealed],
    );
  }
  await loadNewsState(db, state.news);
  if (state.lastTickAt) {
    await db.query(
      'UPDATE scheduler_state SET last_tick_at = GREATEST(COALESCE(last_tick_at, $1::timestamptz), $1::timestamptz)',
      [state.lastTickAt],
    );
  }
  return {
    subscriptions: state.subscriptions.length,
    ledger: ledger.length,
    digests: Object.keys(state.digests).length,
    snapshots: Object.keys(state.snapshots).length,
    installations: Object.keys(state.installations).length,
    newsItems: state.news.items.length,
    newsFeeds: Object.keys(state.news.feeds).length,
  };
}
