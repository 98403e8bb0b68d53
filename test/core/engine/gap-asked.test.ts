import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import type { FactBaseData } from '../../../src/core/factbase/schema.js';
import { NOW, seedFacts } from './fixture.js';

/** The seed fact base with one gap's `asked` data replaced. */
function withAsked(id: string, asked: NonNullable<FactBaseData['gaps'][number]['asked']> | undefined) {
  const facts = seedFacts();
  const gap = facts.gaps.find((g) => g.id === id);
  if (!gap) throw new Error(`no gap ${id} in the seed fact base`);
  if (asked) gap.asked = asked;
  else delete gap.asked;
  return createEngine(facts);
}

const intent = (engine: ReturnType<typeof createEngine>, q: string) => engine.answer(q, { now: NOW }).intent;

describe("a gap's `asked` data decides when the gap is the answer", () => {
  it('answers "how much goes to each sector" from the gap that says it is not stated, named or not', () => {
    const engine = createEngine(seedFacts());
    expect(intent(engine, 'how much goes to energy?')).toBe('gap.per-sector-amounts');
    expect(intent(engine, '分野ごとの金額は？')).toBe('gap.per-sector-amounts');
  });

  it('without its `alone` conditions, a question that uses none of its words is not that gap', () => {
    const engine = withAsked('per-sector-amounts', { when: ['sectors|type:sector'], score: 0.95 });
    expect(intent(engine, 'how much goes to energy?')).not.toBe('gap.per-sector-amounts');
  });

  it('a condition that does not hold, with `otherwise: skip`, takes the gap out', () => {
    const seed = createEngine(seedFacts());
    const q = 'was February 10 2026 a Wednesday?';
    expect(intent(seed, q)).toBe('gap.visit-start-weekday');
    const engine = withAsked('visit-start-weekday', { when: ['countdown'], otherwise: 'skip' });
    expect(intent(engine, q)).not.toBe('gap.visit-start-weekday');
  });

  it('`unless` takes the gap out when its cue is there', () => {
    const q = 'was February 10 2026 a Wednesday?';
    const engine = withAsked('visit-start-weekday', { when: ['weekday'], unless: ['weekday'], score: 0.97 });
    expect(intent(engine, q)).not.toBe('gap.visit-start-weekday');
  });
});
