import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, fixedEngine } from '../../../src/app/bot.js';
import { createNewsCommands } from '../../../src/app/news-commands.js';
import { createSubscriptionService } from '../../../src/app/subscription-service.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { createScheduler, type Scheduler } from '../../../src/scheduling/scheduler.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { createStateNewsStore } from '../../../src/store/news-state.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { eventCallback, form, slashCommand } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import { loadEngine, memoryLogger, PING_TOKEN, SECRET, type Started, startSlack } from './harness.js';

/**
 * `/deal subscribe news` typed in a Slack channel over signed HTTP; a report comes in; the scheduler
 * posts it through chat.postMessage on the fake Slack once, after a 429; App Home lists the news
 * subscription; `/deal news` lists the report.
 */
describe('slack: news reports', () => {
  let fake: FakeSlack;
  let started: Started;
  let scheduler: Scheduler;
  const store = createMemoryStore();
  const news = createStateNewsStore(store);
  let now = new Date('2026-12-05T12:00:00Z');

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const engines = fixedEngine(await loadEngine());
    const clock = () => now;
    const subscriptions = createSubscriptionService({
      store,
      defaultTimeZone: 'UTC',
      defaultLang: 'en',
      engines,
      news,
    });
    const newsCommands = createNewsCommands({
      news,
      store,
      engines,
      defaultLang: 'en',
      defaultTimeZone: 'UTC',
      watching: true,
    });
    const bot = new Bot({ engines, clock, subscriptions, news: newsCommands });
    started = await startSlack({ fake, mode: 'http', bot, logger: memoryLogger().logger, subscriptions });
    scheduler = createScheduler({
      store,
      engines,
      posters: [started.service.poster],
      clock,
      logger: silentLogger(),
      cron: false,
      news,
    });
  });
  afterAll(async () => {
    await started.service.stop();
    await fake.stop();
  });

  it('subscribes the channel to news', async () => {
    const body = form(
      slashCommand({
        text: 'subscribe news America/New_York',
        channel: 'C0NEWS',
        responseUrl: fake.responseUrl('sub'),
      }),
    );
    const res = await postSigned(started.eventsUrl, SECRET, { form: body });
    expect(res.status).toBe(200);
    expect(res.text).toContain('News: each new report about the deal');
    expect(store.read().subscriptions[0]).toMatchObject({
      id: 'slack:T0TEST:C0NEWS',
      news: true,
      timeZone: 'America/New_York',
    });
  });

  it('posts a new report once through chat.postMessage, after a 429, with no ping from the headline', async () => {
    await news.addNewsItems(
      [
        {
          id: 'r1',
          feed: 'https://wire.example.com/rss',
          link: 'https://wire.example.com/2026/12/05/first-projects',
          title: "<!channel> Japan's $550 billion US investment pledge: first projects named",
          publisher: 'Example Wire',
          published: '2026-12-05T09:00:00.000Z',
          lang: 'en',
          score: 1,
          matched: ['deal'],
          firstSeen: '2026-12-05T12:05:00.000Z',
        },
      ],
      1000,
    );
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const reports = [];
    for (const iso of ['2026-12-05T12:06:00Z', '2026-12-05T12:07:00Z']) {
      now = new Date(iso);
      reports.push(await scheduler.tick(now));
    }
    expect(reports.map((r) => r.sent)).toEqual([1, 0]);
    expect(reports[0]?.rateLimited).toBe(1);
    const calls = fake.callsTo('chat.postMessage');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.params.channel).toBe('C0NEWS');
    const sent = JSON.stringify(calls[1]?.params);
    expect(sent).toContain('New report, not yet in the fact base');
    expect(sent).toContain('first projects named');
    expect(sent).toContain('https://wire.example.com/2026/12/05/first-projects');
    expect(sent).toContain('Example Wire · December 5, 2026');
    expect(sent).not.toMatch(PING_TOKEN);
    expect(fake.refused()).toEqual([]);
  });

  it('shows the news subscription on App Home', async () => {
    await postSigned(started.eventsUrl, SECRET, {
      json: eventCallback({
        type: 'app_home_opened',
        user: 'U0ALICE',
        channel: 'D0ALICE',
        tab: 'home',
        event_ts: '1.1',
      }),
    });
    const publish = await fake.waitFor(() => fake.callsTo('views.publish')[0]);
    expect(JSON.stringify(publish.params.view)).toContain('<#C0NEWS>');
    expect(JSON.stringify(publish.params.view)).toContain('new news reports');
  });

  it('lists the report with /deal news', async () => {
    const body = form(
      slashCommand({ text: 'news', channel: 'C0NEWS', responseUrl: fake.responseUrl('news') }),
    );
    const res = await postSigned(started.eventsUrl, SECRET, { form: body });
    expect(res.status).toBe(200);
    expect(res.text).toContain('first projects named');
    expect(res.text).not.toMatch(PING_TOKEN);
  });
});
