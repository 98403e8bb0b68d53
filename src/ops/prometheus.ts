import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerKind } from '../core/answer/answer.js';
import type { DeliveryOutcome, Metrics } from './metrics.js';

/** Metric names, for dashboards, alerts and the README. */
export const METRIC_NAMES = {
  answers: 'dealbot_answers_total',
  unknownRatio: 'dealbot_unknown_answer_ratio',
  latency: 'dealbot_answer_duration_seconds',
  deliveries: 'dealbot_deliveries_total',
  factBase: 'dealbot_factbase_info',
  newsFetches: 'dealbot_news_fetches_total',
  newsFetchDuration: 'dealbot_news_fetch_duration_seconds',
  newsItems: 'dealbot_news_items_fetched_total',
  newsMatched: 'dealbot_news_items_matched_total',
  newsFeedErrors: 'dealbot_news_feed_errors_total',
  newsPosted: 'dealbot_news_items_posted_total',
} as const;

export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
  /** The exposition text for GET /metrics. */
  render(): Promise<string>;
  readonly contentType: string;
}

/** Answers take well under a millisecond on the real fact base; the buckets resolve that range. */
const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/**
 * The Prometheus implementation of `Metrics` (prom-client), on its own registry so tests and
 * several bots in one process never share counters. `processMetrics` adds Node's default
 * process_* and nodejs_* metrics.
 */
export function createPrometheusMetrics(options: { processMetrics?: boolean } = {}): PrometheusMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  let total = 0;
  let unknown = 0;

  const answers = new Counter({
    name: METRIC_NAMES.answers,
    help: 'Answers given, by kind (answer, list, timeline, unknown, ambiguous, help) and platform.',
    labelNames: ['kind', 'platform'] as const,
    registers: [registry],
  });
  new Gauge({
    name: METRIC_NAMES.unknownRatio,
    help: `Share of answers since start that were "I don't know" (kind=unknown); 0 before the first answer.`,
    registers: [registry],
    collect() {
      this.set(total === 0 ? 0 : unknown / total);
    },
  });
  const latency = new Histogram({
    name: METRIC_NAMES.latency,
    help: 'Time to compute an answer, in seconds, by platform.',
    labelNames: ['platform'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: METRIC_NAMES.deliveries,
    help: 'Scheduled posts, by outcome (sent, failed, rate-limited, skipped) and platform.',
    labelNames: ['outcome', 'platform'] as const,
    registers: [registry],
  });
  const factBase = new Gauge({
    name: METRIC_NAMES.factBase,
    help: 'The fact base version being served (always 1; the version is the label).',
    labelNames: ['version'] as const,
    registers: [registry],
  });

  const newsFetches = new Counter({
    name: METRIC_NAMES.newsFetches,
    help: 'Feed fetches, by outcome (ok, not-modified, or an error kind).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const newsFetchDuration = new Histogram({
    name: METRIC_NAMES.newsFetchDuration,
    help: 'Time to fetch and parse one feed, in seconds.',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const newsItems = new Counter({
    name: METRIC_NAMES.newsItems,
    help: 'Feed entries read (before the relevance test).',
    registers: [registry],
  });
  const newsMatched = new Counter({
    name: METRIC_NAMES.newsMatched,
    help: 'New reports judged about the deal and stored.',
    registers: [registry],
  });
  const newsPosted = new Counter({
    name: METRIC_NAMES.newsPosted,
    help: 'News reports posted to channels, by platform (each report once per subscribed channel).',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  const newsFeedErrors = new Counter({
    name: METRIC_NAMES.newsFeedErrors,
    help: 'Feed fetches that failed, by kind (timeout, too-large, http-status, rate-limited, malformed, network, denied-address, bad-url, too-many-redirects).',
    labelNames: ['kind'] as const,
    registers: [registry],
  });

  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    answered(kind: AnswerKind, seconds: number, platform: string) {
      total += 1;
      if (kind === 'unknown') unknown += 1;
      answers.inc({ kind, platform });
      latency.observe({ platform }, seconds);
    },
    delivery(outcome: DeliveryOutcome, platform: string) {
      deliveries.inc({ outcome, platform });
    },
    factBaseVersion(version: string) {
      factBase.reset();
      factBase.set({ version }, 1);
    },
    newsFetched(outcome: string, seconds: number, entries: number) {
      newsFetches.inc({ outcome });
      newsFetchDuration.observe(seconds);
      newsItems.inc(entries);
      if (outcome !== 'ok' && outcome !== 'not-modified') newsFeedErrors.inc({ kind: outcome });
    },
    newsMatched(count: number) {
      newsMatched.inc(count);
    },
    newsPosted(platform: string) {
      newsPosted.inc({ platform });
    },
  };
}
