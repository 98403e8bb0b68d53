/**
 * Conversation contexts for follow-ups (#12), in memory: one per conversation key (a Slack thread or
 * DM, a Discord channel and user or DM, one console run), forgotten after `ttlMs` without a turn and
 * bounded in number (the least recently used goes first). A context holds record ids only, never the
 * text anyone typed, and nothing is written to disk: a restart forgets every conversation.
 */
import type { Answer } from '../core/answer/answer.js';
import type { AnswerOptions, ConversationContext, Engine } from '../core/engine/index.js';

export { conversationKey } from '../core/engine/index.js';

export interface ConversationStoreOptions {
  /** How long a context lives after its last turn (default 5 minutes). */
  ttlMs?: number;
  /** The most conversations kept at once (default 10,000). */
  maxEntries?: number;
}

export const CONVERSATION_TTL_MS = 5 * 60_000;
export const CONVERSATION_MAX = 10_000;

export class ConversationStore {
  private readonly entries = new Map<string, { at: number; context: ConversationContext }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: ConversationStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? CONVERSATION_TTL_MS;
    this.maxEntries = Math.max(1, options.maxEntries ?? CONVERSATION_MAX);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The live context of a conversation at `now` (epoch ms), if it has one. */
  get(key: string, now: number): ConversationContext | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.at > this.ttlMs || now < entry.at - this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.context;
  }

  set(key: string, context: ConversationContext | undefined, now: number): void {
    this.entries.delete(key);
    if (!context) return;
    this.entries.set(key, { at: now, context });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** One turn: the question answered in the conversation's context, and the context kept for the next. */
  answer(engine: Pick<Engine, 'converse'>, key: string, question: string, options: AnswerOptions): Answer {
    const at = options.now instanceof Date ? options.now.getTime() : Date.parse(options.now);
    const context = this.get(key, at);
    const turn = engine.converse(question, context ? { ...options, conversation: context } : options);
    this.set(key, turn.context, at);
    return turn.answer;
  }
}
