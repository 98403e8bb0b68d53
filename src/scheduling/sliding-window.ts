import type { RateLimit } from './poster.js';

/**
 * At most `limit` events in any `windowMs` (plus a safety margin for clock and network skew):
 * remembers the last `limit` event times in a ring.
 */
export class SlidingWindow {
  private readonly times: number[];
  private head = 0;
  private count = 0;

  constructor(
    private readonly rate: RateLimit,
    private readonly marginMs = 0,
  ) {
    this.times = new Array<number>(Math.max(1, rate.limit)).fill(0);
  }

  /** The earliest time at or after `now` an event is allowed. */
  nextAllowed(now: number): number {
    if (this.count < this.rate.limit) return now;
    const oldest = this.times[this.head] ?? 0;
    return Math.max(now, oldest + this.rate.windowMs + this.marginMs);
  }

  record(at: number): void {
    this.times[this.head] = at;
    this.head = (this.head + 1) % this.times.length;
    if (this.count < this.rate.limit) this.count++;
  }
}
