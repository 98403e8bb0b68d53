import { createHash } from 'node:crypto';
import { normalizeLink } from '../core/news/link.js';
import type { Relevance } from '../core/news/relevance.js';
import type { NewsItem } from '../store/news-port.js';
import type { FeedEntry } from './parse-feed.js';

/** A feed entry judged about the deal, as the store keeps it. */

const MAX_SUMMARY = 500;

export function newsItemId(normalizedLink: string): string {
  return createHash('sha256').update(normalizedLink).digest('hex').slice(0, 32);
}

/** The entry's link, normalized; a GUID that is a URL serves when there is no link. Null: no usable link. */
export function entryLink(entry: FeedEntry, feedUrl: string): string | null {
  if (entry.link) {
    const link = normalizeLink(entry.link, feedUrl);
    if (link) return link;
  }
  return entry.guid ? normalizeLink(entry.guid) : null;
}

export function toNewsItem(
  entry: FeedEntry,
  link: string,
  feed: { url: string; publisher?: string },
  relevance: Relevance,
  firstSeen: string,
): NewsItem {
  return {
    id: newsItemId(link),
    feed: feed.url,
    ...(entry.guid ? { guid: entry.guid } : {}),
    link,
    title: entry.title,
    ...(entry.summary ? { summary: entry.summary.slice(0, MAX_SUMMARY) } : {}),
    ...(feed.publisher ? { publisher: feed.publisher } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    lang: relevance.lang,
    score: relevance.score,
    matched: relevance.matched,
    firstSeen,
  };
}
