import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../../src/adapters/slack/answer-cache.js';
import { RecentKeys } from '../../../src/adapters/slack/dedupe.js';

describe('AnswerCache (slash-command fast path)', () => {
  it('reuses a value for the same key and engine within the TTL only', () => {
    let now = 0;
    let computed = 0;
    const cache = new AnswerCache<number>({ ttlMs: 1000, maxEntries: 10, now: () => now });
    const engine = {};
    const get = (owner: object = engine, key = 'k') => cache.get(owner, key, () => ++computed);
    expect(get()).toEqual({ value: 1, hit: false });
    now = 999;
    expect(get()).toEqual({ value: 1, hit: true });
    now = 1000;
    expect(get()).toEqual({ value: 2, hit: false });
    expect(get({})).toEqual({ value: 3, hit: false }); // a reloaded fact base is a new engine
  });

  it('peek finds only a fresh value of the same engine, and computes nothing', () => {
    let now = 0;
    const cache = new AnswerCache<number>({ ttlMs: 1000, maxEntries: 10, now: () => now });
    const engine = {};
    expect(cache.peek(engine, 'k')).toBeUndefined();
    cache.get(engine, 'k', () => 7);
    expect(cache.peek(engine, 'k')).toBe(7);
    expect(cache.peek({}, 'k')).toBeUndefined();
    now = 1000;
    expect(cache.peek(engine, 'k')).toBeUndefined();
    expect(new AnswerCache<number>({ ttlMs: 0 }).peek(engine, 'k')).toBeUndefined();
  });

  it('is off with a TTL of 0 and keeps at most maxEntries', () => {
    let computed = 0;
    const off = new AnswerCache<number>({ ttlMs: 0 });
    off.get({}, 'k', () => ++computed);
    expect(off.get({}, 'k', () => ++computed).hit).toBe(false);
    const small = new AnswerCache<number>({ ttlMs: 60_000, maxEntries: 2, now: () => 0 });
    const owner = {};
    for (const k of ['a', 'b', 'c']) small.get(owner, k, () => 1);
    expect(small.get(owner, 'a', () => 2)).toEqual({ value: 2, hit: false });
    expect(small.get(owner, 'c', () => 3)).toEqual({ value: 1, hit: true });
  });

  it('keeps its estimated bytes under maxBytes: 100 distinct 2 MB answers hold at most the bound (issue #10, seen 5)', () => {
    const cache = new AnswerCache<string>({
      ttlMs: 60_000,
      maxEntries: 1000,
      maxBytes: 1 << 20,
      sizeOf: (v) => v.length * 2,
      now: () => 0,
    });
    const owner = {};
    const big = 'x'.repeat(1 << 20); // 2 MB as UTF-16: over the bound alone, so never kept
    for (let i = 0; i < 100; i++) cache.get(owner, `q${i}`, () => big);
    expect(cache.size).toBe(0);
    const medium = 'y'.repeat(100_000); // 200 KB each: five fit
    for (let i = 0; i < 100; i++) cache.get(owner, `m${i}`, () => medium);
    expect(cache.bytes).toBeLessThanOrEqual(1 << 20);
    expect(cache.size).toBe(5);
    expect(cache.get(owner, 'm99', () => 'recomputed').hit).toBe(true);
    expect(cache.get(owner, 'm0', () => 'recomputed').hit).toBe(false);
  });
});

describe('RecentKeys (event de-duplication)', () => {
  it('says first time once per key within the window, and forgets after it', () => {
    let now = 0;
    const recent = new RecentKeys(1000, 100, () => now);
    expect(recent.firstTime('Ev1')).toBe(true);
    expect(recent.firstTime('Ev1')).toBe(false);
    now = 1000;
    expect(recent.firstTime('Ev1')).toBe(true);
  });

  it('stays bounded', () => {
    const recent = new RecentKeys(60_000, 3, () => 0);
    for (const k of ['a', 'b', 'c', 'd']) recent.firstTime(k);
    expect(recent.firstTime('a')).toBe(true);
    expect(recent.firstTime('d')).toBe(false);
  });
});
