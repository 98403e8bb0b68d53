import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/app/bot.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import { createScheduler } from '../../src/scheduling/scheduler.js';
import { openStateStore } from '../../src/store/file-store.js';
import type { NewsItem } from '../../src/store/news-port.js';
import { createStateNewsStore } from '../../src/store/news-state.js';
import { pmVisitOn, swappableEngines } from '../core/schedule/facts.js';
import { FakePoster } from './fakes.js';
import { CHANNEL, schedulerHarness } from './harness.js';
import { captureLogger } from './log-capture.js';

function report(n: number, firstSeen: string, overrides: Partial<NewsItem> = {}): NewsItem {
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
    ...overrides,
  };
}

const newsPosts = (poster: FakePoster) => poster.posts.filter((p) => p.message.intent === 'news.report');

describe('news posts: each new report once per subscribed channel', () => {
  it('skips what was known when the channel subscribed, posts what comes after, once', async () => {
    const s = schedulerHarness();
    s.at('2026-02-01T12:00:00Z');
    await s.news.addNewsItems([report(1, '2026-02-01T11:00:00.000Z')], 1000);
    const reply = await s.bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
    expect(reply.intent).toBe('subscription.subscribed');
    expect(reply.items.map((i) => i.id)).toEqual(['news']);
    await s.tick('2026-02-01T12:01:00Z');
    expect(newsPosts(s.poster)).toEqual([]);

    await s.news.addNewsItems([report(2, '2026-02-01T12:30:00.000Z')], 1000);
    await s.tick('2026-02-01T12:31:00Z');
    await s.tick('2026-02-01T12:32:00Z');
    const posts = newsPosts(s.poster);
    expect(posts).toHaveLength(1);
    const message = posts[0]?.message;
    expect(message?.title).toBe('New report, not yet in the fact base');
    expect(message?.text).toContain('Akazawa and Lutnick discuss the $550 billion pledge (2)');
    expect(message?.text).toContain('Example Wire · February 1, 2026');
    expect(message?.text).toContain('https://wire.example.com/2026/story-2');
    expect(message?.text).toContain(
      'mentions: US–Japan trade deal and $550 billion investment pledge, Ryosei Akazawa, Howard Lutnick',
    );
    expect(posts[0]?.key).toBe('slack:T1:C1|news:r2');
    expect(s.store.read().ledger['slack:T1:C1|news:r2']).toMatchObject({ outcome: 'sent' });
    expect(s.store.read().ledger['slack:T1:C1|news:r1']).toMatchObject({ outcome: 'skipped' });
  });

  it('labels a report the fact base already cites as such, not as new to it', async () => {
    const facts = pmVisitOn('2026-03-10');
    const source = facts.sources[0];
    if (!source) throw new Error('the fact base has no source');
    source.url = 'https://WIRE.example.com/2026/story-9?utm_source=x';
    const s = schedulerHarness({ facts });
    s.at('2026-02-01T12:00:00Z');
    await s.bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
    await s.news.addNewsItems(
      [report(9, '2026-02-01T12:10:00.000Z'), report(10, '2026-02-01T12:10:00.000Z')],
      1000,
    );
    await s.tick('2026-02-01T12:11:00Z');
    expect(newsPosts(s.poster).map((p) => [p.key?.split(':').at(-1), p.message.title])).toEqual([
      ['r10', 'New report, not yet in the fact base'],
      ['r9', 'New report (the fact base already cites it)'],
    ]);
  });

  it('never posts a feed backlog (published long before it was first seen), and paces a burst', async () => {
    const s = schedulerHarness();
    s.at('2026-02-01T12:00:00Z');
    await s.bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
    await s.news.addNewsItems(
      [
        report(1, '2026-02-01T12:10:00.000Z', { published: '2025-11-01T00:00:00.000Z' }),
        ...[2, 3, 4, 5, 6, 7, 8].map((n) => report(n, `2026-02-01T12:1${n}:00.000Z`)),
      ],
      1000,
    );
    await s.tick('2026-02-01T12:20:00Z');
    expect(newsPosts(s.poster).map((p) => p.key)).toEqual(
      [2, 3, 4, 5, 6].map((n) => `slack:T1:C1|news:r${n}`),
    );
    await s.tick('2026-02-01T12:21:00Z');
    await s.tick('2026-02-01T12:22:00Z');
    expect(newsPosts(s.poster).map((p) => p.key?.split(':').at(-1))).toEqual([
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
      'r7',
      'r8',
    ]);
  });

  it('posts in the channel language and zone, only to channels that asked for news', async () => {
    const s = schedulerHarness();
    s.at('2026-02-01T12:00:00Z');
    const tokyo = { ...CHANNEL, channel: 'C2' };
    const remindersOnly = { ...CHANNEL, channel: 'C3' };
    await s.bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
    await s.bot.handle({ text: '/deal subscribe news Asia/Tokyo ja', channel: tokyo });
    await s.bot.handle({ text: '/deal subscribe reminders', channel: remindersOnly });
    await s.news.addNewsItems([report(1, '2026-02-01T20:00:00.000Z')], 1000);
    await s.tick('2026-02-01T20:01:00Z');
    const posts = newsPosts(s.poster);
    expect(posts.map((p) => p.channel.channel).sort()).toEqual(['C1', 'C2']);
    const ja = posts.find((p) => p.channel.channel === 'C2')?.message;
    expect(ja?.lang).toBe('ja');
    expect(ja?.title).toBe('新しい報道（ファクトベース未収録）');
    // 20:00 UTC is the next morning in Tokyo.
    expect(ja?.text).toContain('2026年2月2日');
    expect(ja?.text).toContain('関連: 日米貿易合意と5,500億ドルの投資誓約、赤沢亮正、ハワード・ラトニック');
  });

  it('honours Retry-After: a rate-limited post goes out once, later', async () => {
    const poster = new FakePoster('slack');
    const s = schedulerHarness({ poster, delivery: { maxWaitMs: 50, backoffMs: 1, maxBackoffMs: 2 } });
    s.at('2026-02-01T12:00:00Z');
    await s.bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
    await s.news.addNewsItems([report(1, '2026-02-01T12:05:00.000Z')], 1000);
    poster.script.push({ ok: false, kind: 'rate-limited', retryAfterMs: 60_000, reason: 'ratelimited' });
    const first = await s.tick('2026-02-01T12:06:00Z');
    expect(first.deferred).toBe(1);
    expect(newsPosts(poster)).toEqual([]);
    await s.tick('2026-02-01T12:08:00Z');
    await s.tick('2026-02-01T12:09:00Z');
    expect(newsPosts(poster)).toHaveLength(1);
  });

  it('lists news in /deal subscriptions, and unsubscribe news stops it alone', async () => {
    const s = schedulerHarness();
    s.at('2026-02-01T12:00:00Z');
    await s.bot.handle({ text: '/deal subscribe', channel: CHANNEL });
    await s.bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
    const list = await s.bot.handle({ text: '/deal subscriptions', channel: CHANNEL });
    expect(list.items.map((i) => i.id)).toEqual(['reminders', 'digest', 'news']);
    expect(list.text).toContain('News: each new report about the deal');
    const after = await s.bot.handle({ text: '/deal unsubscribe news', channel: CHANNEL });
    expect(after.items.map((i) => i.id)).toEqual(['reminders', 'digest']);
    const bad = await s.bot.handle({ text: '/deal subscribe news weekly', channel: CHANNEL });
    expect(bad.intent).toBe('subscription.invalid');
  });

  it('gives the digest a "new reports" section for its period', async () => {
    const s = schedulerHarness();
    s.at('2026-02-01T12:00:00Z');
    await s.bot.handle({ text: '/deal subscribe digest daily 09:00 quiet', channel: CHANNEL });
    await s.news.addNewsItems([report(1, '2026-02-01T20:00:00.000Z')], 1000);
    await s.tick('2026-02-02T14:01:00Z');
    const digest = s.poster.posts.find((p) => p.message.intent.startsWith('schedule.digest'))?.message;
    // A quiet digest still posts: the report is news.
    expect(digest?.intent).toBe('schedule.digest');
    expect(digest?.text).toContain('One new report in the news:');
    expect(digest?.text).toContain('Akazawa and Lutnick discuss the $550 billion pledge (1)');
    expect(digest?.text).toContain('New report, not yet in the fact base');
    // The next day's digest covers only its own period: nothing new, so a quiet channel gets nothing.
    await s.tick('2026-02-03T14:01:00Z');
    expect(s.poster.posts.filter((p) => p.message.intent.startsWith('schedule.digest'))).toHaveLength(1);
  });
});

describe('news posts across a restart', () => {
  it('posts each report once per channel even when the process restarts', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'deal-bot-news-restart-')), 'state.json');
    const engines = swappableEngines(pmVisitOn('2026-03-10'));
    const run = async (
      iso: string,
      work: (bot: Bot, news: ReturnType<typeof createStateNewsStore>) => Promise<void>,
    ) => {
      const store = await openStateStore(path);
      const news = createStateNewsStore(store);
      const clock = () => new Date(iso);
      const poster = new FakePoster('slack');
      const bot = new Bot({
        engines,
        clock,
        subscriptions: createSubscriptionService({
          store,
          defaultTimeZone: 'UTC',
          defaultLang: 'en',
          engines,
          news,
        }),
      });
      const scheduler = createScheduler({
        store,
        engines,
        posters: [poster],
        clock,
        logger: captureLogger().logger,
        cron: false,
        news,
      });
      await work(bot, news);
      await scheduler.tick(clock());
      await store.close();
      return newsPosts(poster).map((p) => p.key);
    };
    expect(
      await run('2026-02-01T12:00:00Z', async (bot) => {
        await bot.handle({ text: '/deal subscribe news', channel: CHANNEL });
      }),
    ).toEqual([]);
    expect(
      await run('2026-02-01T13:00:00Z', async (_bot, news) => {
        await news.addNewsItems([report(1, '2026-02-01T12:30:00.000Z')], 1000);
      }),
    ).toEqual(['slack:T1:C1|news:r1']);
    expect(await run('2026-02-01T13:05:00Z', async () => {})).toEqual([]);
  });
});
