import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { realEngine, realFacts } from './fixture.js';

const engine = realEngine();

describe('answers depend on the injected clock', () => {
  it('before the Washington visit, next lists it with a day count, then the meeting and the PM visit', () => {
    const a = engine.answer("what's next?", { now: '2026-02-01T12:00:00Z' });
    expect(a.intent).toBe('next');
    expect(a.facts).toEqual(['akazawa-washington-visit', 'akazawa-lutnick-meeting', 'pm-white-house-visit']);
    expect(a.text).toContain('in 9 days');
    expect(a.items[0]?.status).toBe('expected');
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
      expect(a.text).toMatch(/expected in March 2026 according to the February 2026 report; no later update/);
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
    const facts = realFacts();
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
