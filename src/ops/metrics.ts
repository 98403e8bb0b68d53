import type { AnswerKind } from '../core/answer/answer.js';

export type DeliveryOutcome = 'sent' | 'failed' | 'rate-limited' | 'skipped';

/** What the bot counts. The Prometheus implementation lives in ops/prometheus.ts; tests use noopMetrics. */
export interface Metrics {
  answered(kind: AnswerKind, seconds: number, platform: string): void;
  delivery(outcome: DeliveryOutcome, platform: string): void;
  factBaseVersion(version: string): void;
}

export const noopMetrics: Metrics = {
  answered() {},
  delivery() {},
  factBaseVersion() {},
};
