import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../fakes/feeds/feed-server.js';
import { BotProcess } from './bot-process.js';
import { NO_PLATFORM_ENV } from './expected.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
const children: BotProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

describe('npm start with NEWS_FEEDS: the news watch in the running bot', () => {
  it('reads the good feeds, logs each dead one with its reason, stays ready, and counts it all in /metrics', async () => {
    const child = new BotProcess({
      env: {
        ...NO_PLATFORM_ENV,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        NEWS_FEEDS: ['/rss-en.xml', '/missing.xml', '/hang.xml', '/malformed.xml']
          .map((p) => server.url(p))
          .join(','),
        NEWS_TIMEOUT: '1s',
        NEWS_DENY_PRIVATE: 'off',
      },
    });
    children.push(child);
    const port = await child.port();
    await child.waitForLog(/news: new reports about the deal stored/);
    const skipped = await child.waitFor('three skipped feeds', () => {
      const lines = child.logs().filter((l) => /news feed skipped/.test(String(l.msg)));
      return lines.length === 3 ? lines : undefined;
    });
    expect(skipped.map((l) => [String(l.feed).replace(/^.*\d\//, '/'), l.reason]).sort()).toEqual([
      ['/hang.xml', 'timeout'],
      ['/malformed.xml', 'malformed'],
      ['/missing.xml', 'http-status'],
    ]);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: Record<string, boolean> }).checks).toMatchObject({
      news: true,
    });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('dealbot_news_fetches_total{outcome="ok"} 1');
    expect(metrics).toContain('dealbot_news_feed_errors_total{kind="timeout"} 1');
    expect(metrics).toContain('dealbot_news_items_fetched_total 7');
    expect(metrics).toContain('dealbot_news_items_matched_total 3');
    expect(metrics).toMatch(/dealbot_news_fetch_duration_seconds_count 4/);
    child.endInput('/deal news\n');
    await child.waitFor('the news list', () => child.stdout.includes('3 recent reports name the deal'));
    child.signal('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
  });
});
