import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/index.js';
import { judgeSource } from '../../src/news/judge.js';
import { createNewsWatch } from '../../src/news/service.js';
import type { NewsWatchConfig } from '../../src/news/watch-config.js';
import { silentLogger } from '../../src/ops/logger.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { createStateNewsStore } from '../../src/store/news-state.js';
import { realFacts } from '../core/engine/fixture.js';
import { type FeedServer, startFeedServer } from '../fakes/feeds/feed-server.js';

const judge = judgeSource({
  current: (() => {
    const engine = createEngine(realFacts());
    return () => engine;
  })(),
});

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

function watchOf(paths: string[]) {
  const store = createStateNewsStore(createMemoryStore());
  const config: NewsWatchConfig = {
    feeds: paths.map((p) => server.url(p)),
    pollMs: 3_600_000,
    timeoutMs: 5_000,
    maxBytes: 1_000_000,
    maxRedirects: 5,
    denyPrivate: false,
    keep: 1000,
    userAgent: 'deal-bot-test',
    concurrency: 4,
  };
  const watch = createNewsWatch(config, {
    store,
    judge,
    clock: () => new Date('2026-12-05T12:00:00Z'),
    logger: silentLogger(),
  });
  return { store, watch };
}

describe('the news watch service', () => {
  it('is ready while it runs, whatever its feeds do', async () => {
    const { watch } = watchOf(['/missing.xml', '/malformed.xml']);
    expect(watch.ready()).toBe(false);
    await watch.start();
    // The poll at start found both feeds failing; they now wait out their backoff.
    const report = await watch.poll();
    expect(report.feeds.map((f) => f.outcome)).toEqual(['backoff', 'backoff']);
    expect(watch.ready()).toBe(true);
    await watch.stop();
    expect(watch.ready()).toBe(false);
  });

  it('stops at once during a hanging fetch, and does not hold it against the feed', async () => {
    const { watch, store } = watchOf(['/silent.xml']);
    await watch.start();
    await new Promise((r) => setTimeout(r, 100));
    const before = server.requests.filter((r) => r.path === '/silent.xml').length;
    expect(before).toBeGreaterThan(0);
    await watch.stop();
    expect(await store.getFeedState(server.url('/silent.xml'))).toBeUndefined();
  });

  it('fetches nothing when no feed is configured', async () => {
    const { watch } = watchOf([]);
    const before = server.requests.length;
    await watch.start();
    expect(watch.ready()).toBe(true);
    await watch.stop();
    expect(server.requests.length).toBe(before);
  });
});
