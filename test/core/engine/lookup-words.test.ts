import { describe, expect, it } from 'vitest';
import { realEngine } from './fixture.js';

const engine = realEngine();
const ask = (q: string, now: string) => engine.answer(q, { now });

describe('tariffs by the words people use', () => {
  it('"the tariff on Japanese cars" and 日本車 name the car tariff, not the deal', () => {
    expect(ask("what's the tariff on japanese cars now?", '2026-06-15').intent).toBe('tariff');
    expect(ask('日本車の関税は今いくら？', '2026-06-15').text).toMatch(/15％/);
  });
});
