/**
 * When a failing feed is tried again: the feed's Retry-After when it sent one, else the poll
 * interval doubled per failure in a row, at most six hours. A feed that works again is polled as usual.
 */
export const MAX_BACKOFF_MS = 6 * 3_600_000;

export function backoffMs(failures: number, pollMs: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.max(retryAfterMs, 0);
  const doubled = pollMs * 2 ** Math.max(0, Math.min(failures - 1, 20));
  return Math.min(MAX_BACKOFF_MS, doubled);
}
