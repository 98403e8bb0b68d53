import type pg from 'pg';
import type { FeedState, NewsItem, NewsStore } from '../news-port.js';

/** The news port (news-port.ts) in PostgreSQL: tables news_items and news_feeds (migration 2). */

interface ItemRow {
  id: string;
  feed: string;
  guid: string | null;
  link: string;
  title: string;
  summary: string | null;
  publisher: string | null;
  published: Date | null;
  lang: NewsItem['lang'];
  score: number;
  matched: string[];
  first_seen: Date;
}

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  next_fetch_at: Date | null;
  failures: number;
  last_error: string | null;
  last_fetched_at: Date | null;
}

const ITEM_COLUMNS =
  'id, feed, guid, link, title, summary, publisher, published, lang, score, matched, first_seen';
const NEWEST_FIRST = 'ORDER BY first_seen DESC, published DESC NULLS LAST, id';

/** Same id (primary key) or same guid (unique index): not new, not inserted. */
const INSERT_ITEM = `INSERT INTO news_items (${ITEM_COLUMNS})
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`;

const UPSERT_FEED = `INSERT INTO news_feeds (url, etag, last_modified, next_fetch_at, failures, last_error, last_fetched_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
    next_fetch_at = excluded.next_fetch_at, failures = excluded.failures,
    last_error = excluded.last_error, last_fetched_at = excluded.last_fetched_at`;

function itemParams(item: NewsItem): unknown[] {
  return [
    item.id,
    item.feed,
    item.guid ?? null,
    item.link,
    item.title,
    item.summary ?? null,
    item.publisher ?? null,
    item.published ?? null,
    item.lang,
    item.score,
    item.matched,
    item.firstSeen,
  ];
}

function feedParams(s: FeedState): unknown[] {
  return [
    s.url,
    s.etag ?? null,
    s.lastModified ?? null,
    s.nextFetchAt ?? null,
    s.failures,
    s.lastError ?? null,
    s.lastFetchedAt ?? null,
  ];
}

function itemFromRow(r: ItemRow): NewsItem {
  return {
    id: r.id,
    feed: r.feed,
    ...(r.guid !== null ? { guid: r.guid } : {}),
    link: r.link,
    title: r.title,
    ...(r.summary !== null ? { summary: r.summary } : {}),
    ...(r.publisher !== null ? { publisher: r.publisher } : {}),
    ...(r.published !== null ? { published: r.published.toISOString() } : {}),
    lang: r.lang,
    score: r.score,
    matched: r.matched,
    firstSeen: r.first_seen.toISOString(),
  };
}

function feedFromRow(r: FeedRow): FeedState {
  return {
    url: r.url,
    ...(r.etag !== null ? { etag: r.etag } : {}),
    ...(r.last_modified !== null ? { lastModified: r.last_modified } : {}),
    ...(r.next_fetch_at !== null ? { nextFetchAt: r.next_fetch_at.toISOString() } : {}),
    failures: r.failures,
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    ...(r.last_fetched_at !== null ? { lastFetchedAt: r.last_fetched_at.toISOString() } : {}),
  };
}

/** The news part of the state, in the state file's form ({ items oldest first, feeds by URL }): for export. */
export async function readNewsState(
  db: Pick<pg.Pool | pg.Client, 'query'>,
): Promise<{ items: NewsItem[]; feeds: Record<string, FeedState> }> {
  const [items, feeds] = await Promise.all([
    db.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM news_items ORDER BY first_seen, id`),
    db.query<FeedRow>('SELECT * FROM news_feeds ORDER BY url'),
  ]);
  return {
    items: items.rows.map(itemFromRow),
    feeds: Object.fromEntries(feeds.rows.map((r) => [r.url, feedFromRow(r)])),
  };
}

/** Loads the news part of a state (import): items by id (existing ones kept), feed states replaced. */
export async function loadNewsState(
  db: Pick<pg.PoolClient | pg.Client, 'query'>,
  news: { items: readonly NewsItem[]; feeds: Record<string, FeedState> },
): Promise<void> {
  for (const item of news.items) await db.query(INSERT_ITEM, itemParams(item));
  for (const feed of Object.values(news.feeds)) await db.query(UPSERT_FEED, feedParams(feed));
}

export function pgNewsStore(
  pool: pg.Pool,
  transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>,
): NewsStore {
  return {
    addNewsItems: (items, keep) =>
      transaction(async (db) => {
        const added: NewsItem[] = [];
        for (const item of items) {
          const result = await db.query(INSERT_ITEM, itemParams(item));
          if (result.rowCount) added.push(item);
        }
        // Keep the newest `keep` (oldest first seen dropped first); the new ones are returned either way.
        await db.query(
          `DELETE FROM news_items WHERE id IN (SELECT id FROM news_items ${NEWEST_FIRST} OFFSET $1)`,
          [Math.max(0, keep)],
        );
        return added;
      }),
    async listNewsItems({ limit, since }) {
      const result = since
        ? await pool.query<ItemRow>(
            `SELECT ${ITEM_COLUMNS} FROM news_items WHERE first_seen >= $2 ${NEWEST_FIRST} LIMIT $1`,
            [Math.max(0, limit), since],
          )
        : await pool.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM news_items ${NEWEST_FIRST} LIMIT $1`, [
            Math.max(0, limit),
          ]);
      return result.rows.map(itemFromRow);
    },
    async getFeedState(url) {
      const result = await pool.query<FeedRow>('SELECT * FROM news_feeds WHERE url = $1', [url]);
      const row = result.rows[0];
      return row ? feedFromRow(row) : undefined;
    },
    async setFeedState(s) {
      await pool.query(UPSERT_FEED, feedParams(s));
    },
  };
}
