/**
 * A short-lived memo for the slash-command fast path: the same question, asked again within `ttlMs` of the
 * same engine (a reloaded fact base is a new engine), gets the same rendered answer without recomputing it.
 * Answers depend on the clock only through dates, so a few seconds of reuse cannot change what they say
 * except across midnight, and then for at most `ttlMs`. Bounded in entries AND in (estimated) bytes, the
 * oldest entry going first; keys are normalized, capped questions. `ttlMs` 0 turns it off.
 */
export interface AnswerCacheOptions<T> {
  ttlMs: number;
  maxEntries?: number;
  /** Bound on the estimated bytes of all keys and values together (default 8 MiB). */
  maxBytes?: number;
  /** Estimated bytes a value holds (default: 1 KiB each). */
  sizeOf?: (value: T) => number;
  now?: () => number;
}

export const ANSWER_CACHE_MAX_BYTES = 8 * 1024 * 1024;

export class AnswerCache<T> {
  private readonly entries = new Map<string, { at: number; owner: object; value: T; bytes: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: T) => number;
  private readonly now: () => number;
  private total = 0;

  constructor(options: AnswerCacheOptions<T>) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 1000;
    this.maxBytes = options.maxBytes ?? ANSWER_CACHE_MAX_BYTES;
    this.sizeOf = options.sizeOf ?? (() => 1024);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Estimated bytes held (keys as UTF-16, values by `sizeOf`). */
  get bytes(): number {
    return this.total;
  }

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
    this.remove(key);
    const bytes = key.length * 2 + this.sizeOf(value);
    if (bytes > this.maxBytes) return { value, hit: false };
    this.entries.set(key, { at: now, owner, value, bytes });
    this.total += bytes;
    while (this.entries.size > this.maxEntries || this.total > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
    return { value, hit: false };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.total -= entry.bytes;
    this.entries.delete(key);
  }
}
