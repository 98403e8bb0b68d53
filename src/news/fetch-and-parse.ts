import { decodeFeed } from './decode.js';
import { type FeedErrorKind, fetchFeed } from './fetch-feed.js';
import { type ParsedFeed, parseFeedText } from './parse-feed.js';
import { type NewsWatchConfig, USER_AGENT } from './watch-config.js';

/** One feed fetched and parsed: entries, "not modified", or an error with its kind. */
export type FeedFetch =
  | { kind: 'ok'; feed: ParsedFeed; etag?: string; lastModified?: string; bytes: number }
  | { kind: 'not-modified' }
  | { kind: 'error'; error: FeedErrorKind; message: string; retryAfterMs?: number };

export async function fetchAndParse(
  url: string,
  config: Pick<NewsWatchConfig, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'denyPrivate'> &
    Partial<Pick<NewsWatchConfig, 'userAgent'>>,
  validators: { etag?: string; lastModified?: string } = {},
  signal?: AbortSignal,
): Promise<FeedFetch> {
  const fetched = await fetchFeed(url, {
    userAgent: config.userAgent ?? USER_AGENT,
    timeoutMs: config.timeoutMs,
    maxBytes: config.maxBytes,
    maxRedirects: config.maxRedirects,
    denyPrivate: config.denyPrivate,
    ...(validators.etag ? { etag: validators.etag } : {}),
    ...(validators.lastModified ? { lastModified: validators.lastModified } : {}),
    ...(signal ? { signal } : {}),
  });
  if (fetched.kind !== 'ok') return fetched;
  const parsed = parseFeedText(decodeFeed(fetched.body, fetched.contentType));
  if (!parsed.ok) return { kind: 'error', error: 'malformed', message: parsed.message };
  return {
    kind: 'ok',
    feed: parsed.feed,
    bytes: fetched.body.length,
    ...(fetched.etag ? { etag: fetched.etag } : {}),
    ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
  };
}
