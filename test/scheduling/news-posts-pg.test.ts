import { afterEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/app/bot.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import { createScheduler } from '../../src/scheduling/scheduler.js';
import type { NewsItem } from '../../src/store/news-port.js';
import { openPgStore, type PgStateStore } from '../../src/store/pg/pg-store.js';
import { pmVisitOn, swappableEngines } from '../core/schedule/facts.js';
import { freshDatabase } from '../pg/database.js';
import { FakePoster } from './fakes.js';
import { CHANNEL } from './harness.js';
import { captureLogger } from './log-capture.js';

/**
 * News on PostgreSQL (DATABASE_URL): the backlog a channel skips when it turns news on is recorded in
 * the database, and two schedulers sharing it (replicas) claim each news post before sending, so each
 * report reaches each subscribed channel once in total.
 */

function report(n: number, firstSeen: string): NewsItem {
  return {
    id: `r${n}`,
    feed: 'https://wire.example.com/rss',
    link: `https://wire.example.com/2026/story-${n}`,
    title: `Akazawa and Lutnick discuss the $550 billion pledge (${n})`,
    publisher: 'Example Wire',
    published: firstSeen,
    lang: 'en',
    score: 0.9,
    matched: ['deal', 'akazawa', 'lutnick'],
    firstSeen,
  };
}

const newsKeys = (poster: FakePoster) =>
  poster.posts.filter((p) => p.message.intent === 'news.report').map((p) => p.key);

describe('news posts on PostgreSQL, shared by two replicas', () => {
  const open: PgStateStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('skips the known backlog, then posts each new report once between both replicas', async () => {
    const url = await freshDatabase();
    const engines = swappableEngines(pmVisitOn('2026-03-10'));
    let now = new Date('2026-02-01T12:00:00Z');
    const clock = () => now;
    const replicas = await Promise.all(
      ['a', 'b'].map(async (name) => {
        const store = await openPgStore(url, { poolSize: 3 });
        open.push(store);
        const poster = new FakePoster('slack');
        const subscriptions = createSubscriptionService({
          store,
          defaultTimeZone: 'UTC',
          defaultLang: 'en',
          engines,
          news: store,
        });
        const scheduler = createScheduler({
          store,
          engines,
          posters: [poster],
          clock,
          logger: captureLogger().logger,
          cron: false,
          news: store,
          owner: name,
          claimBatch: 1,
        });
        return { store, poster, scheduler, bot: new Bot({ engines, clock, subscriptions }) };
      }),
    );
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];

    // Known before the channel turns news on (it already had reminders): the backlog, never posted.
    await a.bot.handle({ text: '/deal subscribe reminders', channel: CHANNEL });
    await a.store.addNewsItems([report(1, '2026-02-01T12:05:00.000Z')], 1000);
    now = new Date('2026-02-01T12:10:00Z');
    await b.bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
    expect(await a.store.getSubscription('slack:T1:C1')).toMatchObject({ reminders: true, news: true });
    expect((await a.store.scheduleState()).ledger['slack:T1:C1|news:r1']).toMatchObject({
      outcome: 'skipped',
    });

    await a.store.addNewsItems(
      [2, 3, 4].map((n) => report(n, `2026-02-01T12:1${n}:00.000Z`)),
      1000,
    );
    now = new Date('2026-02-01T12:20:00Z');
    const ticks = await Promise.all([a.scheduler.tick(now), b.scheduler.tick(now)]);
    expect(ticks.reduce((sum, t) => sum + t.sent, 0)).toBe(3);
    const posted = [...newsKeys(a.poster), ...newsKeys(b.poster)].sort();
    expect(posted).toEqual(['slack:T1:C1|news:r2', 'slack:T1:C1|news:r3', 'slack:T1:C1|news:r4']);
    const ledger = (await b.store.scheduleState()).ledger;
    for (const key of posted) expect(ledger[key as string]).toMatchObject({ outcome: 'sent' });

    // Nothing is posted again, by either replica.
    now = new Date('2026-02-01T12:21:00Z');
    await Promise.all([a.scheduler.tick(now), b.scheduler.tick(now)]);
    expect([...newsKeys(a.poster), ...newsKeys(b.poster)]).toHaveLength(3);
  });
});
