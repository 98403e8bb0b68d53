import type { StateDocument } from './document-ops.js';
import type { FeedState, NewsItem, NewsStore } from './news-port.js';
import type { State } from './schema.js';

/**
 * The NewsStore over a state document: the lowdb file store and its in-memory twin both get the
 * news operations from here (state.news), through document-ops.ts. PostgreSQL implements the same
 * port in its own store (pg/news.ts).
 */

/** Newest first: by firstSeen, then published, then id (a stable order). */
export function newestFirst(a: NewsItem, b: NewsItem): number {
  if (a.firstSeen !== b.firstSeen) return a.firstSeen < b.firstSeen ? 1 : -1;
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Adds the items not already stored (same id or same guid); keeps the newest `keep`. Returns the new ones. */
export function addNewsItemsTo(state: State, items: readonly NewsItem[], keep: number): NewsItem[] {
  const list = state.news.items;
  const ids = new Set(list.map((i) => i.id));
  const guids = new Set(list.flatMap((i) => (i.guid ? [i.guid] : [])));
  const added: NewsItem[] = [];
  for (const item of items) {
    if (ids.has(item.id) || (item.guid !== undefined && guids.has(item.guid))) continue;
    ids.add(item.id);
    if (item.guid !== undefined) guids.add(item.guid);
    const copy = structuredClone(item);
    list.push(copy);
    added.push(copy);
  }
  if (list.length > keep) {
    // Oldest first seen first out (a stable sort keeps insertion order among equals).
    list.sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0));
    list.splice(0, list.length - Math.max(0, keep));
  }
  return added;
}

export function listNewsItemsOf(
  state: Readonly<State>,
  options: { limit: number; since?: string },
): NewsItem[] {
  const since = options.since;
  return state.news.items
    .filter((i) => since === undefined || i.firstSeen >= since)
    .sort(newestFirst)
    .slice(0, Math.max(0, options.limit))
    .map((i) => structuredClone(i));
}

/** Loads the news part of a state (import): items by id or guid (existing ones kept), feed states replaced. */
export function loadNewsInto(state: State, news: Readonly<State['news']>): void {
  addNewsItemsTo(state, news.items, Number.MAX_SAFE_INTEGER);
  for (const feed of Object.values(news.feeds)) state.news.feeds[feed.url] = structuredClone(feed);
}

export function createStateNewsStore(store: StateDocument): NewsStore {
  return {
    addNewsItems: (items, keep) => store.update((s) => addNewsItemsTo(s, items, keep)),
    listNewsItems: async (options) => listNewsItemsOf(store.read(), options),
    getFeedState: async (url) => {
      const state = store.read().news.feeds[url];
      return state ? structuredClone(state) : undefined;
    },
    setFeedState: async (feed: FeedState) => {
      await store.update((s) => {
        s.news.feeds[feed.url] = structuredClone(feed);
      });
    },
  };
}
