import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/store/file-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { NewsItem, NewsStore } from '../../src/store/news-port.js';
import { createStateNewsStore } from '../../src/store/news-state.js';
import type { StateStore } from '../../src/store/store.js';

const open: StateStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'deal-bot-news-')), 'state.json');
}

function item(n: number, overrides: Partial<NewsItem> = {}): NewsItem {
  return {
    id: `id-${n}`,
    feed: 'https://feed.example.com/rss',
    guid: `guid-${n}`,
    link: `https://news.example.com/${n}`,
    title: `Report ${n}`,
    lang: 'en',
    score: 0.8,
    matched: ['deal'],
    firstSeen: new Date(Date.UTC(2026, 11, 1) + n * 60_000).toISOString(),
    ...overrides,
  };
}

const stores: Array<[string, () => Promise<{ news: NewsStore; state: StateStore }>]> = [
  [
    'in-memory twin',
    async () => {
      const state = createMemoryStore();
      return { news: createStateNewsStore(state), state };
    },
  ],
  [
    'lowdb file',
    async () => {
      const state = await openStateStore(tempPath());
      open.push(state);
      return { news: createStateNewsStore(state), state };
    },
  ],
];

describe.each(stores)('NewsStore over the %s', (_name, make) => {
  it('adds only new items, by id and by guid, and returns those', async () => {
    const { news } = await make();
    expect((await news.addNewsItems([item(1), item(2)], 100)).map((i) => i.id)).toEqual(['id-1', 'id-2']);
    const again = await news.addNewsItems([item(1), item(3, { guid: 'guid-2' }), item(4), item(4)], 100);
    expect(again.map((i) => i.id)).toEqual(['id-4']);
  });

  it('lists newest first, by first seen then published, with a limit and a since', async () => {
    const { news } = await make();
    const same = '2026-12-05T10:00:00.000Z';
    await news.addNewsItems(
      [
        item(1),
        item(2, { firstSeen: same, published: '2026-12-05T08:00:00.000Z' }),
        item(3, { firstSeen: same, published: '2026-12-05T09:00:00.000Z' }),
      ],
      100,
    );
    expect((await news.listNewsItems({ limit: 10 })).map((i) => i.id)).toEqual(['id-3', 'id-2', 'id-1']);
    expect((await news.listNewsItems({ limit: 1 })).map((i) => i.id)).toEqual(['id-3']);
    expect((await news.listNewsItems({ limit: 10, since: same })).map((i) => i.id)).toEqual(['id-3', 'id-2']);
  });

  it('keeps at most `keep` items, dropping the oldest first seen', async () => {
    const { news } = await make();
    await news.addNewsItems([item(5), item(1), item(3)], 100);
    await news.addNewsItems([item(4), item(2)], 3);
    expect((await news.listNewsItems({ limit: 10 })).map((i) => i.id)).toEqual(['id-5', 'id-4', 'id-3']);
  });

  it('keeps feed state, and returns copies the caller cannot change behind its back', async () => {
    const { news } = await make();
    expect(await news.getFeedState('https://a.example/rss')).toBeUndefined();
    const state = { url: 'https://a.example/rss', etag: '"x"', failures: 2, lastError: 'timeout: slow' };
    await news.setFeedState(state);
    state.failures = 99;
    const read = await news.getFeedState('https://a.example/rss');
    expect(read).toEqual({
      url: 'https://a.example/rss',
      etag: '"x"',
      failures: 2,
      lastError: 'timeout: slow',
    });
    if (read) read.failures = 7;
    expect((await news.getFeedState('https://a.example/rss'))?.failures).toBe(2);
  });
});

describe('news in the state file', () => {
  it('survives a restart', async () => {
    const path = tempPath();
    const first = await openStateStore(path);
    await createStateNewsStore(first).addNewsItems([item(1)], 10);
    await createStateNewsStore(first).setFeedState({
      url: 'https://a.example/rss',
      failures: 0,
      etag: '"e"',
    });
    await first.close();
    const second = await openStateStore(path);
    open.push(second);
    const news = createStateNewsStore(second);
    expect((await news.listNewsItems({ limit: 10 })).map((i) => i.id)).toEqual(['id-1']);
    expect((await news.getFeedState('https://a.example/rss'))?.etag).toBe('"e"');
  });

  it('migrates a version 2 file: news off on every subscription, no reports, nothing else lost', async () => {
    const path = tempPath();
    const v2 = {
      schemaVersion: 2,
      subscriptions: [
        {
          id: 'slack:T1:C1',
          channel: { platform: 'slack', workspace: 'T1', channel: 'C1' },
          reminders: true,
          digest: null,
          timeZone: 'Asia/Tokyo',
          lang: 'ja',
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
          status: 'active',
        },
      ],
      ledger: { 'slack:T1:C1|reminder:x:d1:2026-12-01': { at: '2026-11-30T14:00:00.000Z', outcome: 'sent' } },
      digests: {},
      snapshots: {},
      lastTickAt: '2026-12-01T00:00:00.000Z',
    };
    writeFileSync(path, JSON.stringify(v2));
    const store = await openStateStore(path);
    open.push(store);
    expect(store.migratedFrom).toBe(2);
    const state = store.read();
    expect(state.subscriptions[0]).toMatchObject({ id: 'slack:T1:C1', news: false, lang: 'ja' });
    expect(state.news).toEqual({ items: [], feeds: {} });
    expect(Object.keys(state.ledger)).toEqual(['slack:T1:C1|reminder:x:d1:2026-12-01']);
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(3);
  });
});
