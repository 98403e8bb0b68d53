/**
 * A short-lived memo for the slash-command fast path: the same question, asked again within `ttlMs` of the
 * same engine (a reloaded fact base is a new engine), gets the same rendered answer without recomputing it.
 * Answers depend on the clock only through dates, so a few seconds of reuse cannot change what they say
 * except across midnight, and then for at most `ttlMs`. Bounded in size; `ttlMs` 0 turns it off.
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, { at: number; owner: object; value: T }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key` from the same `owner` if fresh, else undefined. */
  peek(owner: object, key: string): T | undefined {
    if (this.ttlMs <= 0) return undefined;
    const entry = this.entries.get(key);
    return entry && entry.owner === owner && this.now() - entry.at < this.ttlMs ? entry.value : undefined;
  }

  /** Returns the cached value for `key` from the same `owner` if fresh, else computes and keeps it. */
  get(owner: object, key: string, compute: () => T): { value: T; hit: boolean } {
    if (this.ttlMs <= 0) return { value: compute(), hit: false };
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry && entry.owner === owner && now - entry.at < this.ttlMs)
      return { value: entry.value, hit: true };
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: now, owner, value });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return { value, hit: false };
  }
}
