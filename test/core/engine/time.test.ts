import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { seedEngine, seedFacts } from './fixture.js';

const engine = seedEngine();

describe('answers depend on the injected clock', () => {
  it('before the article was published (February 11) nothing in it is known: nothing is next', () => {
    const a = engine.answer("what's next?", { now: '2026-02-01T12:00:00Z' });
    expect(a.intent).toBe('next.none');
    expect(a.facts).toEqual([]);
    const on = engine.answer("what's next?", { now: '2026-02-11T12:00:00Z' });
    expect(on.intent).toBe('next');
    expect(on.facts).toEqual(['akazawa-washington-visit', 'akazawa-lutnick-meeting', 'pm-white-house-visit']);
    expect(on.items[0]?.status).toBe('under-way');
  });

  it('during the visit it is now; the PM visit is expected in March, known to the month only', () => {
    const a = engine.answer('next', { now: '2026-02-12T15:00:00Z' });
    expect(a.items[0]?.status).toBe('under-way');
    const pm = engine.answer("how many days until the PM's visit?", { now: '2026-02-12T15:00:00Z' });
    expect(pm.intent).toBe('event.countdown');
    expect(pm.text).toMatch(/known only to the month/);
    expect(pm.text).toContain('at least 17 days');
  });

  it('in March 2026 the PM visit is expected this month, exact date unknown', () => {
    const a = engine.answer("when is the PM's White House visit?", { now: '2026-03-10T12:00:00Z' });
    expect(a.text).toMatch(/expected this month \(March 2026\)/);
    expect(a.text).toMatch(/No day is given/);
  });

  it('after March 2026 it is never upcoming and never reported as having happened', () => {
    for (const now of ['2026-04-01T04:00:00Z', '2026-11-26T12:00:00Z', '2030-01-01T00:00:00Z']) {
      const a = engine.answer("when is the PM's White House visit?", { now });
      expect(a.items[0]?.status).toBe('no-later-update');
      expect(a.text).toMatch(
        /White House visit \(March 2026\): my sources \(to February 2026\) have no later report, so whether it went ahead is not known/,
      );
      expect(a.text).not.toMatch(/\b(took place|was held|happened) on\b/);
      const next = engine.answer('next', { now });
      expect(next.intent).toBe('next.none');
      expect(next.text).toMatch(/Nothing upcoming/);
    }
  });

  it('the month boundary is taken in the event zone (Washington): 31 March 23:00 New York is still March', () => {
    const a = engine.answer('next', { now: '2026-04-01T03:00:00Z' });
    expect(a.intent).toBe('next');
    expect(a.facts).toEqual(['pm-white-house-visit']);
  });

  it('a date added to the fact base turns the month into a day count', () => {
    const facts = seedFacts();
    const pm = facts.events.find((e) => e.id === 'pm-white-house-visit');
    if (!pm) throw new Error('fixture');
    pm.date.push({
      value: { start: { precision: 'day', date: '2026-03-19' } },
      reported: '2026-02-20',
      cite: pm.cite,
    });
    const a = createEngine(facts).answer("how many days until the PM's visit?", {
      now: '2026-03-01T12:00:00Z',
    });
    expect(a.text).toContain('18 days until');
  });

  it('relative months follow the clock: "next month" in February 2026 is March 2026', () => {
    const a = engine.answer('what happens next month?', { now: '2026-02-15T12:00:00Z' });
    expect(a.intent).toBe('events.month');
    expect(a.facts).toEqual(['pm-white-house-visit']);
  });

  it('a month with no events says so', () => {
    const a = engine.answer('what happens in June 2026?', { now: '2026-02-15T12:00:00Z' });
    expect(a.intent).toBe('events.month.none');
    expect(a.items).toHaveLength(0);
  });
});
