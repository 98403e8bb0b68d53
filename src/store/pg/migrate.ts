import type { Pool } from 'pg';
import { MIGRATIONS, type Migration } from './migrations.js';

/** Any fixed 64-bit number: the advisory lock every deal-bot process takes to migrate. */
const MIGRATION_LOCK = 5_505_500_014;

export interface MigrationReport {
  /** The versions this call applied (empty when another process had, or none were pending). */
  applied: number[];
  version: number;
}

/**
 * Brings the database to the newest schema. Runs under a session advisory lock, so replicas that
 * start together take turns: the first applies what is pending, the others find nothing to do.
 * A database migrated by a newer deal-bot is refused, naming both versions.
 */
export async function migrate(
  pool: Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS deal_bot_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = await client.query<{ version: number }>('SELECT version FROM deal_bot_migrations');
      const versions = new Set(done.rows.map((r) => r.version));
      const newest = migrations.at(-1)?.version ?? 0;
      const ahead = [...versions].filter((v) => v > newest);
      if (ahead.length) {
        throw new Error(
          `the database was migrated by a newer deal-bot (schema version ${Math.max(...ahead)}; this one knows up to ${newest}); run the newer deal-bot, or point DATABASE_URL at another database`,
        );
      }
      const applied: number[] = [];
      for (const m of migrations) {
        if (versions.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO deal_bot_migrations (version, name) VALUES ($1, $2)', [
            m.version,
            m.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`database migration ${m.version} (${m.name}) failed: ${(error as Error).message}`);
        }
        applied.push(m.version);
      }
      return { applied, version: newest };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
