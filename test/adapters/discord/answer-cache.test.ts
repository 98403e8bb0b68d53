import { describe, expect, it } from 'vitest';
import { AnswerCache, type CachedAnswer } from '../../../src/adapters/discord/answer-cache.js';
import { answerMessage } from '../../../src/adapters/discord/answer-message.js';
import { SuggestionKeys } from '../../../src/adapters/discord/follow-up-buttons.js';
import type { Engine } from '../../../src/core/engine/engine.js';
import { NOW, realEngine } from './harness.js';

const entry = (text: string): CachedAnswer => {
  const answer = realEngine().answer(text, { now: NOW });
  return { answer, message: answerMessage(answer, new SuggestionKeys()) };
};

describe('discord answer cache', () => {
  it('serves a repeated question within the same minute and engine', () => {
    const cache = new AnswerCache(10);
    const engine = realEngine();
    const value = entry('projects');
    cache.set(engine, NOW, 'en', 'projects', value);
    expect(cache.get(engine, new Date(NOW.getTime() + 30_000), 'en', 'projects')).toBe(value);
    expect(cache.get(engine, NOW, 'ja', 'projects')).toBeUndefined();
    expect(cache.get(engine, NOW, 'en', 'sectors')).toBeUndefined();
  });

  it('forgets everything at the next minute and when the fact base (engine) changes', () => {
    const cache = new AnswerCache(10);
    const engine = realEngine();
    cache.set(engine, NOW, 'en', 'projects', entry('projects'));
    expect(cache.get(engine, new Date(NOW.getTime() + 60_000), 'en', 'projects')).toBeUndefined();
    cache.set(engine, NOW, 'en', 'projects', entry('projects'));
    const reloaded = { ...engine } as Engine;
    expect(cache.get(reloaded, NOW, 'en', 'projects')).toBeUndefined();
  });

  it('is bounded, dropping the oldest first, and can be turned off', () => {
    const cache = new AnswerCache(2);
    const engine = realEngine();
    for (const q of ['a', 'b', 'c']) cache.set(engine, NOW, 'en', q, entry('help'));
    expect(cache.get(engine, NOW, 'en', 'a')).toBeUndefined();
    expect(cache.get(engine, NOW, 'en', 'c')).toBeDefined();
    const off = new AnswerCache(0);
    off.set(engine, NOW, 'en', 'a', entry('help'));
    expect(off.get(engine, NOW, 'en', 'a')).toBeUndefined();
  });

  it('is bounded in bytes too: distinct long questions never hold more than the bound (issue #10, seen 5)', () => {
    const value = entry('projects');
    const each = 2 * JSON.stringify(value.message).length * 2;
    const cache = new AnswerCache(1000, each * 3 + 10_000);
    const engine = realEngine();
    for (let i = 0; i < 100; i++) cache.set(engine, NOW, 'en', `${i} ${'q'.repeat(1000)}`, value);
    expect(cache.bytes).toBeLessThanOrEqual(each * 3 + 10_000);
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(cache.get(engine, NOW, 'en', `99 ${'q'.repeat(1000)}`)).toBe(value);
  });
});
