import type { Answer } from '../../core/answer/answer.js';
import type { Engine } from '../../core/engine/index.js';
import type { DiscordMessage } from './answer-message.js';

export interface CachedAnswer {
  answer: Answer;
  message: DiscordMessage;
}

/**
 * Rendered answers to repeated questions (`/deal projects` asked across a busy server). An answer
 * depends only on the engine, the words, the language and the time, so entries live for one engine
 * and one clock minute (every day boundary is a minute boundary): a new fact base or a new minute
 * empties the cache. Bounded; the oldest entry goes first.
 */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private engine: Engine | undefined;
  private minute = Number.NaN;

  constructor(private readonly capacity = 500) {}

  get(engine: Engine, now: Date, lang: string, text: string): CachedAnswer | undefined {
    this.roll(engine, now);
    return this.entries.get(`${lang}\u0000${text}`);
  }

  set(engine: Engine, now: Date, lang: string, text: string, value: CachedAnswer): void {
    if (this.capacity <= 0) return;
    this.roll(engine, now);
    this.entries.set(`${lang}\u0000${text}`, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  private roll(engine: Engine, now: Date): void {
    const minute = Math.floor(now.getTime() / 60_000);
    if (engine === this.engine && minute === this.minute) return;
    this.entries.clear();
    this.engine = engine;
    this.minute = minute;
  }
}
