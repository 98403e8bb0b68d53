/**
 * A news report as the pure core sees it: the fields of the store's NewsItem (src/store/news-port.ts)
 * that messages and the planner read. NewsItem is assignable to it; core never imports the store.
 */
export interface NewsReport {
  id: string;
  feed: string;
  link: string;
  title: string;
  publisher?: string;
  /** ISO instant from the feed, when it gives one. */
  published?: string;
  lang: 'en' | 'ja' | 'other';
  score: number;
  matched: readonly string[];
  /** ISO instant the bot first stored it. */
  firstSeen: string;
}

/** A delivery key for one report in one channel: `<subscription id>|news:<report id>`. */
export function newsKey(subscriptionId: string, reportId: string): string {
  return `${subscriptionId}|news:${reportId}`;
}
