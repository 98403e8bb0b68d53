/** What the operator sets for the news watch (NEWS_* variables; see docs/news.md). */
export interface NewsWatchConfig {
  /** Feed URLs (RSS, Atom, JSON Feed). Empty: nothing is fetched. */
  feeds: readonly string[];
  /** Between polls. */
  pollMs: number;
  /** Per feed, for the whole fetch (redirects and body included). */
  timeoutMs: number;
  /** Per feed body, enforced while it streams in. */
  maxBytes: number;
  maxRedirects: number;
  /** Refuse feeds on private, loopback and link-local addresses. */
  denyPrivate: boolean;
  /** Reports kept in the store (the oldest first seen go first). */
  keep: number;
  userAgent: string;
  /** Feeds fetched at once. */
  concurrency: number;
}

export const NEWS_DEFAULTS = {
  pollMs: 30 * 60_000,
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  denyPrivate: true,
  keep: 1_000,
  concurrency: 4,
} as const;

export const USER_AGENT =
  'deal-bot/0.1 (news watch for the US-Japan investment deal bot; +https://github.com/deal-bot)';
