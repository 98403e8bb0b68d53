// Shared contract between the news engineer (/work/wt-news) and the PostgreSQL engineer (/work/wt-pg).
// Copy VERBATIM to src/store/news-port.ts in your worktree (both of you), so the merge is trivial.
// Change it only by agreement: append a dated note to /work/curation/news-port-notes.md and tell the lead.

/** One feed item judged to be about the deal. */
export interface NewsItem {
  /** Stable id: sha256 (hex, first 32 chars) of the normalized link (see normalizeLink in news code). */
  id: string;
  /** The feed URL it came from (the first feed it was seen in). */
  feed: string;
  /** The item's GUID / Atom id / JSON Feed id, when it has one. */
  guid?: string;
  /** The link, normalized (lowercased host, no fragment, no utm_* parameters). */
  link: string;
  title: string;
  summary?: string;
  /** The publisher or feed title, for display. */
  publisher?: string;
  /** ISO instant from the feed, when it gives one. */
  published?: string;
  lang: 'en' | 'ja' | 'other';
  /** Relevance score (0..1) and the fact-base record ids that matched. */
  score: number;
  matched: string[];
  /** ISO instant the bot first stored it; subscriptions post items first seen after they started. */
  firstSeen: string;
}

/** Per-feed fetch state: conditional GET validators and error backoff. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** ISO instant before which the feed is not fetched again (backoff, Retry-After). */
  nextFetchAt?: string;
  failures: number;
  lastError?: string;
  lastFetchedAt?: string;
}

/** News operations every state store implements (lowdb file, in-memory twin, PostgreSQL). */
export interface NewsStore {
  /** Adds the items not already stored (same id, or same guid); returns those that were new. Keeps at most `keep` items (oldest firstSeen dropped first). */
  addNewsItems(items: readonly NewsItem[], keep: number): Promise<NewsItem[]>;
  /** Newest first (by firstSeen, then published). `since` filters firstSeen >= since. */
  listNewsItems(options: { limit: number; since?: string }): Promise<NewsItem[]>;
  getFeedState(url: string): Promise<FeedState | undefined>;
  setFeedState(state: FeedState): Promise<void>;
}
