import type { RelevanceIndex } from '../core/news/relevance.js';
import type { Logger } from '../ops/logger.js';
import { type Metrics, noopMetrics } from '../ops/metrics.js';
import type { FeedState, NewsItem, NewsStore } from '../store/news-port.js';
import { backoffMs } from './backoff.js';
import { fetchAndParse } from './fetch-and-parse.js';
import type { FeedErrorKind } from './fetch-feed.js';
import { forLog } from './log-url.js';
import { entryLink, toNewsItem } from './news-item.js';
import type { NewsWatchConfig } from './watch-config.js';

/**
 * One poll of every feed: fetch (conditional GET, unless a backoff says wait), parse, judge each
 * entry against the current fact base, store the reports about the deal. A feed that fails is
 * logged with its reason and backed off; the others go on. Never throws for a feed's sake.
 */

/** The current fact base's view of news: relevance and which links it already cites. */
export interface NewsJudge {
  relevance: RelevanceIndex;
  /** Whether the fact base already cites this normalized link as a source. */
  covered(link: string): boolean;
}

export interface PollDeps {
  store: NewsStore;
  judge: () => NewsJudge;
  clock: () => Date;
  logger: Logger;
  metrics?: Metrics;
  /**
   * Use and keep each feed's validators and backoff (the bot). Off (the fetch CLI): every feed is
   * fetched unconditionally and no feed state is written.
   */
  stateful: boolean;
  signal?: AbortSignal;
}

export type FeedOutcome = 'ok' | 'not-modified' | 'backoff' | 'stopped' | FeedErrorKind;

export interface FeedReport {
  feed: string;
  outcome: FeedOutcome;
  message?: string;
  title?: string;
  entries: number;
  matched: number;
  seconds: number;
}

export interface MatchedReport {
  item: NewsItem;
  /** Not cited by any fact-base source yet: a candidate to curate. */
  candidate: boolean;
  /** First stored by this poll. */
  isNew: boolean;
}

export interface PollReport {
  feeds: FeedReport[];
  /** Every entry about the deal, de-duplicated across feeds, in feed order. */
  matched: MatchedReport[];
  errors: Array<{ feed: string; error: string }>;
}

/** Outcomes that are not errors of the feed. */
const QUIET_OUTCOMES = new Set<FeedOutcome>(['ok', 'not-modified', 'backoff', 'stopped']);

async function pool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(size, items.length)) }, async () => {
    while (next < items.length) await run(items[next++] as T);
  });
  await Promise.all(workers);
}

export async function pollFeeds(config: NewsWatchConfig, deps: PollDeps): Promise<PollReport> {
  const metrics = deps.metrics ?? noopMetrics;
  const log = deps.logger.child({ component: 'news' });
  const judge = deps.judge();
  const reports = new Map<string, FeedReport>();
  const found = new Map<string, { item: NewsItem; order: number }>();
  const guids = new Set<string>();
  const feeds = [...new Set(config.feeds)];

  await pool(feeds, config.concurrency, async (url) => {
    const order = feeds.indexOf(url);
    const now = deps.clock();
    const state: FeedState = (deps.stateful ? await deps.store.getFeedState(url) : undefined) ?? {
      url,
      failures: 0,
    };
    if (deps.stateful && state.nextFetchAt && Date.parse(state.nextFetchAt) > now.getTime()) {
      reports.set(url, {
        feed: url,
        outcome: 'backoff',
        entries: 0,
        matched: 0,
        seconds: 0,
        message: `waits until ${state.nextFetchAt} (${state.lastError ?? 'earlier errors'})`,
      });
      return;
    }
    const started = performance.now();
    const validators = deps.stateful
      ? {
          ...(state.etag ? { etag: state.etag } : {}),
          ...(state.lastModified ? { lastModified: state.lastModified } : {}),
        }
      : {};
    const result = await fetchAndParse(url, config, validators, deps.signal);
    const seconds = (performance.now() - started) / 1000;
    if (deps.signal?.aborted) {
      // Stopping, not the feed's fault: no failure recorded, no backoff.
      reports.set(url, { feed: url, outcome: 'stopped', entries: 0, matched: 0, seconds });
      return;
    }
    const at = deps.clock().toISOString();
    if (result.kind === 'error') {
      const failures = state.failures + 1;
      const wait = backoffMs(failures, config.pollMs, result.retryAfterMs);
      const next: FeedState = {
        ...state,
        failures,
        lastError: `${result.error}: ${result.message}`,
        lastFetchedAt: at,
        nextFetchAt: new Date(deps.clock().getTime() + wait).toISOString(),
      };
      if (deps.stateful) await deps.store.setFeedState(next);
      log.warn(
        { feed: forLog(url), reason: result.error, detail: result.message, failures, retryInMs: wait },
        'news feed skipped: it failed; the other feeds go on',
      );
      metrics.newsFetched(result.error, seconds, 0);
      reports.set(url, {
        feed: url,
        outcome: result.error,
        message: result.message,
        entries: 0,
        matched: 0,
        seconds,
      });
      return;
    }
    const { nextFetchAt: _n, lastError: _e, ...rest } = state;
    if (result.kind === 'not-modified') {
      if (deps.stateful) await deps.store.setFeedState({ ...rest, failures: 0, lastFetchedAt: at });
      metrics.newsFetched('not-modified', seconds, 0);
      reports.set(url, { feed: url, outcome: 'not-modified', entries: 0, matched: 0, seconds });
      return;
    }
    if (deps.stateful) {
      const { etag: _t, lastModified: _l, ...base } = rest;
      await deps.store.setFeedState({
        ...base,
        failures: 0,
        lastFetchedAt: at,
        ...(result.etag ? { etag: result.etag } : {}),
        ...(result.lastModified ? { lastModified: result.lastModified } : {}),
      });
    }
    const publisher = result.feed.title ?? new URL(url).hostname;
    let matched = 0;
    for (const entry of result.feed.entries) {
      const link = entryLink(entry, url);
      if (!link) continue;
      const relevance = judge.relevance.judge(entry.title, entry.summary);
      if (!relevance.relevant) continue;
      matched++;
      const item = toNewsItem(entry, link, { url, publisher }, relevance, at);
      if (found.has(item.id) || (item.guid !== undefined && guids.has(item.guid))) continue;
      found.set(item.id, { item, order });
      if (item.guid !== undefined) guids.add(item.guid);
    }
    metrics.newsFetched('ok', seconds, result.feed.entries.length);
    log.debug(
      { feed: forLog(url), entries: result.feed.entries.length, matched, bytes: result.bytes },
      'news feed read',
    );
    reports.set(url, {
      feed: url,
      outcome: 'ok',
      entries: result.feed.entries.length,
      matched,
      seconds,
      ...(result.feed.title ? { title: result.feed.title } : {}),
    });
  });

  const items = [...found.values()].sort((a, b) => a.order - b.order).map((f) => f.item);
  const added = items.length ? await deps.store.addNewsItems(items, config.keep) : [];
  const addedIds = new Set(added.map((i) => i.id));
  if (added.length) {
    metrics.newsMatched(added.length);
    log.info({ added: added.length, matched: items.length }, 'news: new reports about the deal stored');
  }
  const feedReports = feeds.map((f) => reports.get(f) as FeedReport);
  return {
    feeds: feedReports,
    matched: items.map((item) => ({
      item,
      candidate: !judge.covered(item.link),
      isNew: addedIds.has(item.id),
    })),
    errors: feedReports
      .filter((r) => !QUIET_OUTCOMES.has(r.outcome))
      .map((r) => ({ feed: forLog(r.feed), error: `${r.outcome}: ${r.message ?? ''}`.trim() })),
  };
}
