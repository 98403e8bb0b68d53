import { z } from 'zod';

/** The news part of the state file: the reports found in feeds (bounded) and each feed's fetch state. */

const IsoInstant = z.iso.datetime({ offset: true });

export const NewsItemSchema = z.strictObject({
  id: z.string().min(1),
  feed: z.string().min(1),
  guid: z.string().min(1).exactOptional(),
  link: z.string().min(1),
  title: z.string(),
  summary: z.string().exactOptional(),
  publisher: z.string().exactOptional(),
  published: IsoInstant.exactOptional(),
  lang: z.enum(['en', 'ja', 'other']),
  score: z.number().min(0).max(1),
  matched: z.array(z.string()),
  firstSeen: IsoInstant,
});

export const FeedStateSchema = z.strictObject({
  url: z.string().min(1),
  etag: z.string().exactOptional(),
  lastModified: z.string().exactOptional(),
  nextFetchAt: IsoInstant.exactOptional(),
  failures: z.number().int().min(0),
  lastError: z.string().exactOptional(),
  lastFetchedAt: IsoInstant.exactOptional(),
});

export const NewsStateSchema = z.strictObject({
  /** Oldest first seen first; at most the retention (NEWS_KEEP) items. */
  items: z.array(NewsItemSchema),
  /** Feed URL → its fetch state. */
  feeds: z.record(z.string(), FeedStateSchema),
});

export type NewsState = z.infer<typeof NewsStateSchema>;

export function emptyNewsState(): NewsState {
  return { items: [], feeds: {} };
}
