import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/index.js';
import { judgeSource } from '../../src/news/judge.js';
import { pollFeeds } from '../../src/news/poll.js';
import type { NewsWatchConfig } from '../../src/news/watch-config.js';
import { createLogger } from '../../src/ops/logger.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { createStateNewsStore } from '../../src/store/news-state.js';
import { realFacts } from '../core/engine/fixture.js';
import { type FeedServer, startFeedServer } from '../fakes/feeds/feed-server.js';
import { Capture } from '../ops/capture.js';

const engine = createEngine(realFacts());
const judge = judgeSource({ current: () => engine });

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

function config(paths: string[], overrides: Partial<NewsWatchConfig> = {}): NewsWatchConfig {
  return {
    feeds: paths.map((p) => server.url(p)),
    pollMs: 60_000,
    timeoutMs: 800,
    maxBytes: 300_000,
    maxRedirects: 5,
    denyPrivate: false,
    keep: 1000,
    userAgent: 'deal-bot-test',
    concurrency: 4,
    ...overrides,
  };
}

const GOOD = ['/rss-en.xml', '/atom-ja.xml', '/feed.json'];
const BAD = [
  '/malformed.xml',
  '/bomb.xml',
  '/xxe.xml',
  '/missing.xml',
  '/hang.xml',
  '/huge.xml',
  '/rate-limited.xml',
];

/** Every deal story in the fixtures, by title; nothing else may match. */
const DEAL_TITLES = [
  "Japan's $550 billion US investment pledge: first projects named",
  'Akazawa and Lutnick meet to structure a first project',
  'Takaichi and Trump to meet at White House summit',
  '赤沢経産相、ラトニック商務長官と会談 最初の案件を協議',
  '5500億ドルの対米投資、高市首相が訪米へ',
  'Trump and Takaichi to discuss the $550 billion pledge at the White House',
];

function setup(now = '2026-12-05T12:00:00.000Z') {
  const state = createMemoryStore();
  const log = new Capture();
  let clock = new Date(now);
  return {
    state,
    store: createStateNewsStore(state),
    log,
    logger: createLogger('info', log),
    clock: () => clock,
    advance(ms: number) {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

describe('pollFeeds over good, broken, hostile, slow and huge feeds', () => {
  it('stores every deal report once, and no unrelated one; names each failing feed', async () => {
    const t = setup();
    const report = await pollFeeds(config([...GOOD, ...BAD]), {
      store: t.store,
      judge,
      clock: t.clock,
      logger: t.logger,
      stateful: true,
    });
    expect(report.matched.map((m) => m.item.title).sort()).toEqual([...DEAL_TITLES].sort());
    // The wire story reached through the JSON feed too (other host case, utm, fragment) is stored once.
    const firstProjects = report.matched.filter((m) => m.item.title.startsWith("Japan's $550 billion"));
    expect(firstProjects).toHaveLength(1);
    expect(firstProjects[0]?.item).toMatchObject({
      link: 'https://wire.example.com/2026/12/05/first-projects',
      feed: server.url('/rss-en.xml'),
      publisher: 'Example Wire',
      guid: 'wire-1001',
      lang: 'en',
      published: '2026-12-05T09:00:00.000Z',
      firstSeen: '2026-12-05T12:00:00.000Z',
    });
    expect(firstProjects[0]?.item.id).toMatch(/^[0-9a-f]{32}$/);
    expect(firstProjects[0]?.item.matched).toContain('deal');
    // None of them is in the fact base's sources yet: all are candidates to curate.
    expect(report.matched.every((m) => m.candidate && m.isNew)).toBe(true);
    expect(
      report.errors.map((e) => [e.feed.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), e.error.split(':')[0]]),
    ).toEqual([
      ['/malformed.xml', 'malformed'],
      ['/xxe.xml', 'malformed'],
      ['/missing.xml', 'http-status'],
      ['/hang.xml', 'timeout'],
      ['/huge.xml', 'too-large'],
      ['/rate-limited.xml', 'rate-limited'],
    ]);
    // The bomb parses without expanding anything; its entry names nothing in the fact base.
    expect(report.feeds.find((f) => f.feed.endsWith('/bomb.xml'))).toMatchObject({
      outcome: 'ok',
      matched: 0,
    });
    expect((await t.store.listNewsItems({ limit: 100 })).length).toBe(DEAL_TITLES.length);
    // Logs name the feed and the reason.
    const warnings = t.log
      .lines()
      .filter((l) => l.msg === 'news feed skipped: it failed; the other feeds go on');
    expect(warnings.map((w) => w.reason).sort()).toEqual(
      ['http-status', 'malformed', 'malformed', 'rate-limited', 'timeout', 'too-large'].sort(),
    );
    expect(
      warnings.every((w) => typeof w.feed === 'string' && (w.feed as string).startsWith('http://127.0.0.1')),
    ).toBe(true);
  });

  it('asks again with the validators: a 304 on the second poll, nothing new stored', async () => {
    const t = setup();
    const deps = { store: t.store, judge, clock: t.clock, logger: t.logger, stateful: true };
    await pollFeeds(config(GOOD), deps);
    const second = await pollFeeds(config(GOOD), deps);
    expect(second.feeds.map((f) => f.outcome)).toEqual(['not-modified', 'not-modified', 'not-modified']);
    expect(second.matched).toEqual([]);
    const rssRequests = server.requests.filter((r) => r.path === '/rss-en.xml');
    expect(rssRequests.at(-1)?.headers['if-none-match']).toMatch(/^".+"$/);
    // The feed changes: the new item is stored, the known ones are not stored again.
    const changed = (await import('node:fs'))
      .readFileSync('test/fixtures/news/rss-en.xml', 'utf8')
      .replace(
        '<item>',
        '<item><title>Lutnick and Akazawa sign off on the $550 billion first project</title><link>https://wire.example.com/2026/12/05/sign-off</link><pubDate>Sat, 05 Dec 2026 11:00:00 GMT</pubDate></item><item>',
      );
    server.setBody('/rss-en.xml', changed);
    const third = await pollFeeds(config(GOOD), deps);
    expect(third.matched.map((m) => [m.item.title, m.isNew])).toEqual([
      ['Lutnick and Akazawa sign off on the $550 billion first project', true],
      ...DEAL_TITLES.slice(0, 3).map((title) => [title, false]),
    ]);
    server.setBody(
      '/rss-en.xml',
      (await import('node:fs')).readFileSync('test/fixtures/news/rss-en.xml', 'utf8'),
    );
  });

  it('backs a failing feed off (Retry-After when given) and tries it again once the wait is over', async () => {
    const t = setup();
    const deps = { store: t.store, judge, clock: t.clock, logger: t.logger, stateful: true };
    await pollFeeds(config(['/missing.xml', '/rate-limited.xml']), deps);
    expect(await t.store.getFeedState(server.url('/rate-limited.xml'))).toMatchObject({
      failures: 1,
      nextFetchAt: '2026-12-05T12:02:00.000Z',
      lastError: 'rate-limited: HTTP 429',
    });
    expect(await t.store.getFeedState(server.url('/missing.xml'))).toMatchObject({
      failures: 1,
      nextFetchAt: '2026-12-05T12:01:00.000Z',
    });
    const before = server.requests.length;
    t.advance(30_000);
    const waiting = await pollFeeds(config(['/missing.xml', '/rate-limited.xml']), deps);
    expect(waiting.feeds.map((f) => f.outcome)).toEqual(['backoff', 'backoff']);
    expect(server.requests.length).toBe(before);
    t.advance(31_000);
    await pollFeeds(config(['/missing.xml']), deps);
    // Two failures in a row: the wait doubles.
    expect(await t.store.getFeedState(server.url('/missing.xml'))).toMatchObject({
      failures: 2,
      nextFetchAt: '2026-12-05T12:03:01.000Z',
    });
  });
});
