/**
 * Remembers what was already handled, so Slack's retries (`X-Slack-Retry-Num`) and duplicate deliveries
 * (an `app_mention` and a `message.im` for one message) produce one reply. Bounded in size and time.
 */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly maxSize = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is offered within the time window; false for repeats. */
  firstTime(key: string): boolean {
    const now = this.now();
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    this.evict(now);
    return true;
  }

  private evict(now: number): void {
    for (const [key, at] of this.seen) {
      if (this.seen.size <= this.maxSize && now - at < this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}
