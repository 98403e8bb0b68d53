import { describe, expect, it } from 'vitest';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-03-25T12:00:00Z') => engine.answer(q, { now });

describe('yes/no questions get Yes or No first, from the claims valid at now', () => {
  it('a person asked about an office they do not hold: No, with the office they do hold', () => {
    const a = ask('is Bessent the commerce secretary right now?');
    expect(a.lead).toMatch(/^No\b/);
    expect(a.lead).toMatch(/Treasury/);
  });

  it('a person asked about the office they hold: Yes', () => {
    const a = ask('is Akazawa still trade minister?');
    expect(a.lead).toMatch(/^Yes\b/);
  });

  it('an office held at one clock and not at a later one', () => {
    expect(ask('is Ishiba still the PM?', '2025-09-20T12:00:00Z').lead).toMatch(/^Yes\b/);
    const later = ask('is Ishiba still the PM?', '2025-12-01T12:00:00Z');
    expect(later.lead).toMatch(/^No\b/);
    expect(later.lead).toContain('Takaichi');
  });

  it('in Japanese', () => {
    expect(ask('ベッセントは商務長官？').lead).toMatch(/^いいえ/);
  });

  it('a word matched to a sector by a looser alias is not listed by name', () => {
    const a = ask('is nuclear one of the target sectors?');
    expect(a.lead).toMatch(/^No\b/);
  });

  it('a sector asked by its name: Yes', () => {
    expect(ask('is shipbuilding among the sectors').lead).toMatch(/^Yes\b/);
  });

  it('a project asked with a wrong amount: No, and the amount reported now', () => {
    const a = ask('is the deepwater port $5 billion?', '2026-02-20T12:00:00Z');
    expect(a.lead).toMatch(/^No\b/);
  });

  it('a company asked about a project: Yes when a claim valid now links it, else No, with those linked', () => {
    expect(ask('is Toshiba part of the diamond plant?', '2026-02-20T12:00:00Z').lead).toMatch(
      /^No\b.*Element Six/,
    );
    expect(ask('is GE Vernova involved in the ohio gas plant', '2026-02-20T12:00:00Z').lead).toMatch(
      /^Yes\b/,
    );
  });

  it('an event asked before and after it happened', () => {
    expect(ask('did the takaichi white house visit take place', '2026-03-10T12:00:00Z').lead).toMatch(
      /^No\b/,
    );
    expect(ask('did the takaichi white house visit take place', '2026-03-25T12:00:00Z').lead).toMatch(
      /^Yes\b/,
    );
  });

  it('"right now" about an event that is over: No', () => {
    expect(ask('is the takaichi white house visit happening right now').lead).toMatch(/^No\b/);
  });
});
