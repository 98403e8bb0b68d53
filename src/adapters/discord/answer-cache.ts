import type { Answer } from '../../core/answer/answer.js';
import type { ConversationContext, Engine } from '../../core/engine/index.js';
import type { DiscordMessage } from './answer-message.js';

export interface CachedAnswer {
  answer: Answer;
  message: DiscordMessage;
  /** The follow-up context the answer leaves (the same for every asker: it depends on the answer only). */
  context?: ConversationContext;
}

/** Default bound on the estimated bytes of every cached answer together. */
export const ANSWER_CACHE_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Rendered answers to repeated questions (`/deal projects` asked across a busy server). An answer
 * depends only on the engine, the words, the language and the time, so entries live for one engine
 * and one clock minute (every day boundary is a minute boundary): a new fact base or a new minute
 * empties the cache. Bounded in entries and in estimated bytes (the rendered message, twice over for
 * the answer it came from, as UTF-16); the oldest entry goes first. Keys are capped questions.
 */
export class AnswerCache {
  private readonly entries = new Map<string, { value: CachedAnswer; bytes: number }>();
  private engine: Engine | undefined;
  private minute = Number.NaN;
  private total = 0;

  constructor(
    private readonly capacity = 500,
    private readonly maxBytes = ANSWER_CACHE_MAX_BYTES,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }

  get(engine: Engine, now: Date, lang: string, text: string): CachedAnswer | undefined {
    this.roll(engine, now);
    return this.entries.get(`${lang}\u0000${text}`)?.value;
  }

  set(engine: Engine, now: Date, lang: string, text: string, value: CachedAnswer): void {
    if (this.capacity <= 0) return;
    this.roll(engine, now);
    const key = `${lang}\u0000${text}`;
    this.remove(key);
    const bytes = (key.length + 2 * JSON.stringify(value.message).length) * 2;
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    while (this.entries.size > this.capacity || this.total > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.total -= entry.bytes;
    this.entries.delete(key);
  }

  private roll(engine: Engine, now: Date): void {
    const minute = Math.floor(now.getTime() / 60_000);
    if (engine === this.engine && minute === this.minute) return;
    this.entries.clear();
    this.total = 0;
    this.engine = engine;
    this.minute = minute;
  }
}
