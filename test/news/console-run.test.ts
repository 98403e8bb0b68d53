import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsolePoster } from '../../src/adapters/console/poster.js';
import { Bot, fixedEngine } from '../../src/app/bot.js';
import { createConsoleService } from '../../src/app/console-service.js';
import { createNewsCommands } from '../../src/app/news-commands.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import { createEngine } from '../../src/core/engine/index.js';
import { judgeSource } from '../../src/news/judge.js';
import { createNewsWatch } from '../../src/news/service.js';
import { createScheduler } from '../../src/scheduling/scheduler.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { createStateNewsStore } from '../../src/store/news-state.js';
import { realFacts } from '../core/engine/fixture.js';
import { type FeedServer, startFeedServer } from '../fakes/feeds/feed-server.js';
import { Capture } from '../ops/capture.js';
import { captureLogger } from '../scheduling/log-capture.js';

const EMPTY = '<?xml version="1.0"?><rss version="2.0"><channel><title>Live Wire</title></channel></rss>';
const item = (title: string, n: number) =>
  `<item><title>${title}</title><link>https://live.example.com/${n}</link><guid>live-${n}</guid><pubDate>Sat, 05 Dec 2026 11:0${n}:00 GMT</pubDate></item>`;

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

describe('a run through the console: /deal subscribe news, then the reports as posted', () => {
  it('posts each new deal report once, with the label, and /deal news lists them', async () => {
    server.setBody('/live.xml', EMPTY);
    const store = createMemoryStore();
    const news = createStateNewsStore(store);
    const engines = fixedEngine(createEngine(realFacts()));
    let now = new Date('2026-12-05T11:00:00Z');
    const clock = () => now;
    const logger = captureLogger().logger;
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
      news: createNewsCommands({
        news,
        store,
        engines,
        defaultLang: 'en',
        defaultTimeZone: 'UTC',
        watching: true,
      }),
    });
    const output = new Capture();
    const input = new PassThrough();
    const consoleService = createConsoleService(bot, { input, output, interactive: false, onEnd: () => {} });
    const scheduler = createScheduler({
      store,
      engines,
      posters: [createConsolePoster(output)],
      clock,
      logger,
      cron: false,
      news,
    });
    const watch = createNewsWatch(
      {
        feeds: [server.url('/live.xml'), server.url('/missing.xml')],
        pollMs: 3_600_000,
        timeoutMs: 2_000,
        maxBytes: 1_000_000,
        maxRedirects: 5,
        denyPrivate: false,
        keep: 1000,
        userAgent: 'deal-bot-test',
        concurrency: 2,
      },
      { store: news, judge: judgeSource(engines), clock, logger },
    );
    await consoleService.start();
    await watch.start();
    // start() polls in the background; a poll waits for the one in flight, so this one ends after
    // it. Without waiting, a slow start poll could read the body set below and take its 'ok'.
    const settled = await watch.poll();
    expect(settled.feeds.map((f) => f.outcome)).toEqual(['not-modified', 'backoff']);
    const said = async (line: string, expected: string) => {
      input.write(`${line}\n`);
      for (let i = 0; i < 100 && !output.text.includes(expected); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(output.text).toContain(expected);
    };
    await said('/deal subscribe news', 'News: each new report about the deal');
    await said('/deal news', 'No reports about the deal have been found in the news feeds yet.');

    server.setBody(
      '/live.xml',
      EMPTY.replace(
        '</channel>',
        `${item('Akazawa and Lutnick agree on the first project under the $550 billion pledge', 1)}${item('Tokyo weather: sunny', 2)}${item('赤沢経産相とラトニック商務長官が電話会談', 3)}</channel>`,
      ),
    );
    now = new Date('2026-12-05T11:30:00Z');
    const polled = await watch.poll();
    // The dead feed failed at start and waits out its backoff; the live one is read.
    expect(polled.feeds.map((f) => f.outcome)).toEqual(['ok', 'backoff']);
    await scheduler.tick(now);
    const posts = output.text.split('scheduled post to #').slice(1);
    expect(posts).toHaveLength(2);
    expect(posts[0]).toContain('New report, not yet in the fact base');
    expect(posts[0]).toContain(
      'Akazawa and Lutnick agree on the first project under the $550 billion pledge',
    );
    expect(posts[0]).toContain('Live Wire · December 5, 2026');
    expect(posts[0]).toContain('https://live.example.com/1');
    expect(posts[1]).toContain('赤沢経産相とラトニック商務長官が電話会談');
    expect(output.text).not.toContain('Tokyo weather');

    // The feed unchanged (a 304) and the scheduler again: nothing is posted twice.
    now = new Date('2026-12-05T12:30:00Z');
    await watch.poll();
    await scheduler.tick(now);
    expect(output.text.split('scheduled post to #')).toHaveLength(3);

    await said('/deal news', '2 recent reports name the deal:');
    expect(output.text).toContain('Post new reports in this channel: /deal subscribe news');
    await watch.stop();
    await consoleService.stop();
  });
});
