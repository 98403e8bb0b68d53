import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/app/conversations.js';
import type { AnswerOptions, ConversationContext } from '../../src/core/engine/index.js';
import { answerOf } from '../eval/answer-fixture.js';

const context = (id: string): ConversationContext => ({ focus: [id], list: [] });

/** An engine twin whose context is the question, so each turn shows what it was given. */
function echo() {
  const given: (string | undefined)[] = [];
  return {
    given,
    converse(question: string, options: AnswerOptions) {
      given.push(options.conversation?.focus[0]);
      return { answer: answerOf({ lead: question }), context: context(question) };
    },
  };
}

describe('ConversationStore', () => {
  it('keeps a context per key and forgets it after the time to live', () => {
    const store = new ConversationStore({ ttlMs: 1000 });
    store.set('a', context('x'), 0);
    expect(store.get('a', 1000)?.focus).toEqual(['x']);
    expect(store.get('b', 1000)).toBeUndefined();
    expect(store.get('a', 1001)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('drops the least recently used conversation beyond its bound', () => {
    const store = new ConversationStore({ maxEntries: 2 });
    store.set('a', context('1'), 0);
    store.set('b', context('2'), 0);
    store.set('a', context('3'), 1);
    store.set('c', context('4'), 2);
    expect(store.size).toBe(2);
    expect(store.get('b', 3)).toBeUndefined();
    expect(store.get('a', 3)?.focus).toEqual(['3']);
  });

  it('passes a conversation its own last context only', () => {
    const store = new ConversationStore();
    const engine = echo();
    const now = '2026-02-20T10:00:00Z';
    store.answer(engine, 'slack:T1:C1:t1:U1', 'q1', { now });
    store.answer(engine, 'slack:T1:C1:t1:U2', 'q2', { now });
    store.answer(engine, 'slack:T1:C1:t1:U1', 'q3', { now });
    store.answer(engine, 'slack:T1:C1:t1:U2', 'q4', { now: '2026-02-20T10:06:00Z' });
    expect(engine.given).toEqual([undefined, undefined, 'q1', undefined]);
  });

  it('forgets a context when a turn leaves none', () => {
    const store = new ConversationStore();
    store.set('a', context('x'), 0);
    store.set('a', undefined, 1);
    expect(store.get('a', 2)).toBeUndefined();
  });
});
