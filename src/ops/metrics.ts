import type { AnswerKind } from '../core/answer/answer.js';

export type DeliveryOutcome = 'sent' | 'failed' | 'rate-limited' | 'skipped';

/** What the bot counts. The Prometheus implementation lives in ops/prometheus.ts; tests use noopMetrics. */
export interface Metrics {
  answered(kind: AnswerKind, seconds: number, platform: string): void;
  delivery(outcome: DeliveryOutcome, platform: string): void;
  factBaseVersion(version: string): void;
  /** One feed fetch: its outcome (ok, not-modified, or the error kind), duration and entries read. */
  newsFetched(outcome: string, seconds: number, entries: number): void;
  /** Reports judged about the deal and stored as new. */
  newsMatched(count: number): void;
  /** A news report posted to a channel. */
  newsPosted(platform: string): void;
}

export const noopMetrics: Metrics = {
  answered() {},
  delivery() {},
  factBaseVersion() {},
  newsFetched() {},
  newsMatched() {},
  newsPosted() {},
};
