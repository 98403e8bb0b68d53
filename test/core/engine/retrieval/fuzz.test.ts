import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/core/engine/compose.js';
import { realEngine } from '../fixture.js';

const engine = realEngine();

/** Words the claims use, in both languages, and some they do not: questions that reach retrieval. */
const WORDS = [
  'how',
  'when',
  'who',
  'why',
  'much',
  'did',
  'the',
  'jbic',
  'loan',
  'seats',
  'ldp',
  'election',
  'runs',
  'ohio',
  'plant',
  'transmission',
  'shipbuilding',
  'memo',
  'reactors',
  'westinghouse',
  'profits',
  'tariff',
  'quarterly',
  'weather',
  'big',
  'mac',
  '衆院選',
  '自民党',
  '議席',
  '総裁',
  '融資',
  '運営',
  '天気',
  'は',
  'の',
  '？',
];

describe('retrieval stays bounded and respects the clock, whatever is asked', () => {
  it('questions of claim words, at random clocks (500 runs)', () => {
    const clock = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true });
    const question = fc
      .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(clock, question, (now, q) => {
        const a = engine.answer(q, { now });
        expect(a.intent).not.toBe('error');
        expect(a.text.length).toBeLessThanOrEqual(LIMITS.text);
        expect(a.items.length).toBeLessThanOrEqual(LIMITS.items);
        if (!a.intent.startsWith('retrieval.')) return;
        // A retrieved claim is about a record known on the day, from a source published by then.
        const kb = engine.knowledgeAt(now);
        for (const id of a.facts) expect(kb.visible(id)).toBe(true);
        expect(a.sources.length).toBeGreaterThan(0);
        expect(a.confidence).toBeGreaterThanOrEqual(0.5);
        expect(a.confidence).toBeLessThanOrEqual(0.75);
      }),
      { numRuns: 500 },
    );
  });
});
