import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedState, NewsItem, NewsStore } from '../../src/store/news-port.js';

/** The news port's contract (src/store/news-port.ts), for every store that implements it. */

function item(n: number, over: Partial<NewsItem> = {}): NewsItem {
  return {
    id: `id${n}`.padEnd(32, '0'),
    feed: 'https://news.example/feed.xml',
    guid: `guid-${n}`,
    link: `https://news.example/a/${n}`,
    title: `Item ${n}`,
    summary: `About the deal, part ${n}`,
    publisher: 'Example News',
    published: `2026-02-0${n}T08:00:00.000Z`,
    lang: 'en',
    score: 0.5,
    matched: ['deal:main'],
    firstSeen: `2026-02-0${n}T09:00:00.000Z`,
    ...over,
  };
}

export function newsItem(n: number, over: Partial<NewsItem> = {}): NewsItem {
  return item(n, over);
}

export function newsStoreContract(
  name: string,
  open: () => Promise<NewsStore & { close(): Promise<void> }>,
): void {
  describe(`news store contract: ${name}`, () => {
    let store: NewsStore & { close(): Promise<void> };
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('adds only new items (same id, or same guid, is not new) and lists newest first', async () => {
      expect(await store.addNewsItems([item(1), item(2)], 100)).toEqual([item(1), item(2)]);
      const { guid: _none, ...noGuid } = item(4);
      const again = await store.addNewsItems([item(2), item(3, { guid: 'guid-1' }), noGuid], 100);
      expect(again).toEqual([noGuid]);
      expect((await store.listNewsItems({ limit: 10 })).map((i) => i.title)).toEqual([
        'Item 4',
        'Item 2',
        'Item 1',
      ]);
      expect((await store.listNewsItems({ limit: 1 })).map((i) => i.title)).toEqual(['Item 4']);
      expect(
        (await store.listNewsItems({ limit: 10, since: '2026-02-02T09:00:00.000Z' })).map((i) => i.title),
      ).toEqual(['Item 4', 'Item 2']);
    });

    it('keeps at most `keep` items, dropping the oldest first', async () => {
      // The new ones are returned even when keeping drops the oldest of them at once.
      expect(await store.addNewsItems([item(1), item(2), item(3)], 2)).toEqual([item(1), item(2), item(3)]);
      expect((await store.listNewsItems({ limit: 10 })).map((i) => i.title)).toEqual(['Item 3', 'Item 2']);
    });

    it('keeps each feed’s fetch state', async () => {
      expect(await store.getFeedState('https://news.example/feed.xml')).toBeUndefined();
      const state: FeedState = {
        url: 'https://news.example/feed.xml',
        etag: '"abc"',
        lastModified: 'Mon, 02 Feb 2026 09:00:00 GMT',
        nextFetchAt: '2026-02-02T10:00:00.000Z',
        failures: 2,
        lastError: 'HTTP 503',
        lastFetchedAt: '2026-02-02T09:00:00.000Z',
      };
      await store.setFeedState(state);
      expect(await store.getFeedState(state.url)).toEqual(state);
      await store.setFeedState({ url: state.url, failures: 0 });
      expect(await store.getFeedState(state.url)).toEqual({ url: state.url, failures: 0 });
    });
  });
}
