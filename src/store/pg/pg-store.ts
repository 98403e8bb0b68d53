import pg from 'pg';
import type { Subscription } from '../../core/subscriptions/types.js';
import { emptyState, type LedgerEntry, type State } from '../schema.js';
import type { DigestUpdate, ImportCounts, StateStore } from '../store.js';
import { importInto } from './import.js';
import { type MigrationReport, migrate } from './migrate.js';
import { pgNewsStore, readNewsState } from './news.js';
import {
  SUBSCRIPTION_COLUMNS,
  type SubscriptionRow,
  subscriptionFromRow,
  subscriptionParams,
  UPSERT_SUBSCRIPTION,
} from './rows.js';

/**
 * The state in PostgreSQL (DATABASE_URL): real tables (migrations.ts), shared by any number of
 * processes. Deliveries are claimed by insert-if-absent with a lease on the database's clock, so
 * every process agrees on when a claim expires.
 */

export type PgStateStore = StateStore & { readonly migration: MigrationReport };

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export interface PgStoreOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

/** "postgres://user@host:port/db": the URL without its password, for messages and logs. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'the database in DATABASE_URL';
  }
}

export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<PgStateStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection the server dropped must not crash the process: the next query reconnects.
  pool.on('error', () => undefined);
  let migration: MigrationReport;
  try {
    migration = await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`database ${describeDatabase(url)}: ${(error as Error).message}`);
  }
  let sightings = 0;

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function putMark(db: Queryable, update: DigestUpdate): Promise<void> {
    await db.query('INSERT INTO snapshots (id, hashes) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
      update.snapshot.id,
      JSON.stringify(update.snapshot.hashes),
    ]);
    await db.query(
      `INSERT INTO digest_marks (subscription_id, last_at, snapshot) VALUES ($1, $2, $3)
       ON CONFLICT (subscription_id) DO UPDATE SET last_at = excluded.last_at, snapshot = excluded.snapshot`,
      [update.subscriptionId, update.lastAt, update.snapshot.id],
    );
  }

  /** Drops snapshots no digest mark uses. A concurrent writer that just reused one wins: try later. */
  async function pruneSnapshots(): Promise<void> {
    await pool
      .query(
        'DELETE FROM snapshots s WHERE NOT EXISTS (SELECT 1 FROM digest_marks m WHERE m.snapshot = s.id)',
      )
      .catch(() => undefined);
  }

  /** For the planner: only the snapshots digest marks use, no news. For an export: everything. */
  async function readState(purpose: 'schedule' | 'export'): Promise<State> {
    const [subs, ledger, marks, snaps, tick, installs] = await Promise.all([
      pool.query<SubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions ORDER BY created_at, id`,
      ),
      pool.query<{ key: string; outcome: LedgerEntry['outcome']; at: Date; message_id: string | null }>(
        'SELECT key, outcome, at, message_id FROM deliveries WHERE outcome IS NOT NULL',
      ),
      pool.query<{ subscription_id: string; last_at: Date; snapshot: string }>(
        'SELECT subscription_id, last_at, snapshot FROM digest_marks',
      ),
      pool.query<{ id: string; hashes: Record<string, string> }>(
        purpose === 'export'
          ? 'SELECT id, hashes FROM snapshots'
          : 'SELECT id, hashes FROM snapshots WHERE id IN (SELECT snapshot FROM digest_marks)',
      ),
      pool.query<{ last_tick_at: Date | null }>('SELECT last_tick_at FROM scheduler_state'),
      pool.query<{ key: string; installed_at: Date; sealed: string }>(
        'SELECT key, installed_at, sealed FROM slack_installations',
      ),
    ]);
    const state = emptyState();
    state.subscriptions = subs.rows.map(subscriptionFromRow);
    for (const r of ledger.rows) {
      state.ledger[r.key] = {
        at: r.at.toISOString(),
        outcome: r.outcome,
        ...(r.message_id !== null ? { messageId: r.message_id } : {}),
      };
    }
    for (const r of marks.rows)
      state.digests[r.subscription_id] = { lastAt: r.last_at.toISOString(), snapshot: r.snapshot };
    for (const r of snaps.rows) state.snapshots[r.id] = r.hashes;
    state.lastTickAt = tick.rows[0]?.last_tick_at?.toISOString() ?? null;
    for (const r of installs.rows)
      state.installations[r.key] = { installedAt: r.installed_at.toISOString(), sealed: r.sealed };
    // The news reports go with an export; the planner reads them through listNewsItems instead.
    if (purpose === 'export') state.news = await readNewsState(pool);
    return state;
  }

  return {
    location: describeDatabase(url),
    shared: true,
    migration,

    async listSubscriptions(filter) {
      const result = filter
        ? await pool.query<SubscriptionRow>(
            `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = $1 AND workspace = $2 ORDER BY created_at, id`,
            [filter.platform, filter.workspace],
          )
        : await pool.query<SubscriptionRow>(
            `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions ORDER BY created_at, id`,
          );
      return result.rows.map(subscriptionFromRow);
    },
    async getSubscription(id) {
      const result = await pool.query<SubscriptionRow>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE id = $1`,
        [id],
      );
      const row = result.rows[0];
      return row ? subscriptionFromRow(row) : undefined;
    },
    subscribe: (sub, startDigest) =>
      transaction(async (db) => {
        await db.query(UPSERT_SUBSCRIPTION, subscriptionParams(sub));
        if (!startDigest) return;
        const has = await db.query('SELECT 1 FROM digest_marks WHERE subscription_id = $1', [sub.id]);
        if (!has.rowCount) await putMark(db, startDigest);
      }),
    async unsubscribe(id, remaining: Subscription | null) {
      await transaction(async (db) => {
        if (remaining) await db.query(UPSERT_SUBSCRIPTION, subscriptionParams(remaining));
        else await db.query('DELETE FROM subscriptions WHERE id = $1', [id]);
        if (!remaining?.digest) await db.query('DELETE FROM digest_marks WHERE subscription_id = $1', [id]);
      });
      await pruneSnapshots();
    },
    async markFailing(id, reason, at) {
      const result = await pool.query(
        `UPDATE subscriptions SET status = 'failing', failure_reason = $2, failure_at = $3
         WHERE id = $1 AND status <> 'failing'`,
        [id, reason, at],
      );
      return (result.rowCount ?? 0) > 0;
    },

    scheduleState: () => readState('schedule'),
    async claimDeliveries(keys, owner, leaseMs) {
      // Sorted and unique: every process locks rows in one order, and no row is claimed twice per statement.
      const unique = [...new Set(keys)].sort();
      if (!unique.length) return [];
      const result = await pool.query<{ key: string }>(
        `INSERT INTO deliveries (key, claimed_by, lease_until)
         SELECT k, $2, now() + $3::double precision * interval '1 millisecond' FROM unnest($1::text[]) AS k
         ON CONFLICT (key) DO UPDATE SET claimed_by = excluded.claimed_by, lease_until = excluded.lease_until
         WHERE deliveries.outcome IS NULL
           AND (deliveries.lease_until < now() OR deliveries.claimed_by = excluded.claimed_by)
         RETURNING key`,
        [unique, owner, leaseMs],
      );
      return result.rows.map((r) => r.key);
    },
    async renewClaims(owner, leaseMs) {
      await pool.query(
        `UPDATE deliveries SET lease_until = now() + $2::double precision * interval '1 millisecond'
         WHERE claimed_by = $1 AND outcome IS NULL`,
        [owner, leaseMs],
      );
    },
    async releaseClaims(owner) {
      await pool.query('DELETE FROM deliveries WHERE claimed_by = $1 AND outcome IS NULL', [owner]);
    },
    async recordDelivery(key, entry, digest) {
      const record = async (db: Queryable) => {
        await db.query(
          `INSERT INTO deliveries (key, outcome, at, message_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (key) DO UPDATE SET outcome = excluded.outcome, at = excluded.at,
             message_id = excluded.message_id, claimed_by = NULL, lease_until = NULL
           WHERE deliveries.outcome IS NULL`,
          [key, entry.outcome, entry.at, entry.messageId ?? null],
        );
      };
      if (!digest) return record(pool);
      await transaction(async (db) => {
        await record(db);
        await putMark(db, digest);
      });
    },
    markDigest: (id, update) => transaction((db) => putMark(db, { ...update, subscriptionId: id })),
    async finishTick(at, pruneBefore) {
      await pool.query(
        'UPDATE scheduler_state SET last_tick_at = GREATEST(COALESCE(last_tick_at, $1::timestamptz), $1::timestamptz)',
        [at],
      );
      await pool.query('DELETE FROM deliveries WHERE outcome IS NOT NULL AND at < $1', [pruneBefore]);
      await pruneSnapshots();
    },

    async putInstallation(key, record) {
      await pool.query(
        `INSERT INTO slack_installations (key, installed_at, sealed) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET installed_at = excluded.installed_at, sealed = excluded.sealed`,
        [key, record.installedAt, record.sealed],
      );
    },
    async getInstallation(key) {
      const result = await pool.query<{ installed_at: Date; sealed: string }>(
        'SELECT installed_at, sealed FROM slack_installations WHERE key = $1',
        [key],
      );
      const row = result.rows[0];
      return row ? { installedAt: row.installed_at.toISOString(), sealed: row.sealed } : undefined;
    },
    async deleteInstallation(key) {
      const result = await pool.query('DELETE FROM slack_installations WHERE key = $1', [key]);
      return (result.rowCount ?? 0) > 0;
    },

    async firstSighting(eventKey, ttlMs) {
      if (++sightings % 500 === 0) {
        await pool.query(
          `DELETE FROM event_sightings WHERE seen_at < now() - $1::double precision * interval '1 millisecond'`,
          [ttlMs],
        );
      }
      const result = await pool.query(
        `INSERT INTO event_sightings (key, seen_at) VALUES ($1, now())
         ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at
         WHERE event_sightings.seen_at < now() - $2::double precision * interval '1 millisecond'`,
        [eventKey, ttlMs],
      );
      return (result.rowCount ?? 0) > 0;
    },

    exportState: () => readState('export'),
    importState: (state: State): Promise<ImportCounts> => transaction((db) => importInto(db, state)),

    ...pgNewsStore(pool, transaction),

    async close() {
      await pool.end();
    },
  };
}
