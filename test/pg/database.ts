import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * A new, empty database on the test server, for one test file or one test: its URL. Fails (never
 * skips) with the reason and the fix when no server could be started.
 */
export async function freshDatabase(): Promise<string> {
  const admin = inject('postgresUrl');
  if (!admin)
    throw new Error(inject('postgresProblem') || 'no PostgreSQL test server (see test/pg/server.ts)');
  const name = `deal_bot_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
