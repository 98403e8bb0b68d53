import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/app/bot.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import type { ChannelRef } from '../../src/core/subscriptions/types.js';
import { openPgStore, type PgStateStore } from '../../src/store/pg/pg-store.js';
import { memoryLogger } from '../adapters/slack/harness.js';
import { pmVisitOn, swappableEngines } from '../core/schedule/facts.js';
import { freshDatabase } from '../pg/database.js';

/**
 * Issue #10's "nothing changed" answer on PostgreSQL (issue #14): when the database refuses a write
 * (here a trigger raises, as a full disk or a revoked grant would), subscribe and unsubscribe say the
 * change was not saved, nothing is stored, and the log says to check the database.
 */

const open: PgStateStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('a subscription change PostgreSQL refuses', () => {
  it('is answered "not saved", leaves the tables as they were, and names the database in the log', async () => {
    const url = await freshDatabase();
    const store = await openPgStore(url);
    open.push(store);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const refuse = (on: boolean) =>
      admin.query(
        on
          ? `CREATE TRIGGER refuse BEFORE INSERT OR UPDATE OR DELETE ON subscriptions
               FOR EACH ROW EXECUTE FUNCTION refuse_writes()`
          : 'DROP TRIGGER refuse ON subscriptions',
      );
    await admin.query(`CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$`);
    const log = memoryLogger();
    const engines = swappableEngines(pmVisitOn('2026-03-10'));
    const service = createSubscriptionService({
      store,
      defaultTimeZone: 'UTC',
      defaultLang: 'en',
      engines,
      logger: log.logger,
      news: store,
    });
    const bot = new Bot({ engines, clock: () => new Date('2026-02-01T12:00:00Z'), subscriptions: service });
    const channel: ChannelRef = { platform: 'slack', workspace: 'T1', channel: 'C1' };
    const say = (text: string) => bot.handle({ text, channel });
    try {
      await refuse(true);
      const failed = await say('/deal subscribe digest daily 08:00');
      expect(failed.intent).toBe('subscription.not-saved');
      expect(await store.listSubscriptions()).toEqual([]);
      expect((await store.exportState()).digests).toEqual({});
      expect(log.lines().at(-1)).toMatchObject({
        msg: expect.stringContaining('check the database'),
        store: expect.not.stringContaining('password'),
      });

      await refuse(false);
      expect((await say('/deal subscribe news')).intent).toBe('subscription.subscribed');
      const saved = await store.listSubscriptions();
      await refuse(true);
      expect((await say('/deal unsubscribe')).intent).toBe('subscription.not-saved');
      expect(await store.listSubscriptions()).toEqual(saved);
    } finally {
      await admin.end();
    }
  });
});
