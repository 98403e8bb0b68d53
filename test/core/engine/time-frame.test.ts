import { describe, expect, it } from 'vitest';
import { timeFrameOf } from '../../../src/core/engine/time-frame.js';
import { realEngine } from './fixture.js';

const engine = realEngine();

describe('time frames', () => {
  it('reads days and weeks relative to the clock (weeks run Monday to Sunday)', () => {
    // 2026-03-19 is a Thursday.
    expect(timeFrameOf('anything today', '', '2026-03-19')).toMatchObject({
      from: '2026-03-19',
      to: '2026-03-19',
    });
    expect(timeFrameOf('what about yesterday', '', '2026-03-19')?.from).toBe('2026-03-18');
    expect(timeFrameOf('this week', '', '2026-03-19')).toMatchObject({
      from: '2026-03-16',
      to: '2026-03-22',
    });
    expect(timeFrameOf('', '先週は？', '2026-03-19')).toMatchObject({ from: '2026-03-09', to: '2026-03-15' });
    expect(timeFrameOf('next week', '', '2026-03-22')).toMatchObject({
      from: '2026-03-23',
      to: '2026-03-29',
    });
    expect(timeFrameOf('events in winter 2025', '', '2026-03-19')).toMatchObject({
      from: '2025-12-01',
      to: '2026-02-28',
    });
    expect(timeFrameOf('since the ruling', '', '2026-03-19', '2026-02-20')).toMatchObject({
      from: '2026-02-21',
      to: '2026-03-19',
      kind: 'since',
    });
    expect(timeFrameOf('since the ruling', '', '2026-03-19')).toBeUndefined();
  });

  it('lists the events of the frame as of the clock, with no raw labels', () => {
    const a = engine.answer('anything going on today?', { now: '2026-03-19T12:00:00Z' });
    expect(a.intent).toBe('events.frame');
    expect(a.title).toBe('Today (March 19, 2026)');
    expect(a.text).toMatch(/White House/);
    const ja = engine.answer('先週何があった？', { now: '2025-09-10' });
    expect(ja.title).toMatch(/^先週（2025年9月1日/);
    expect(ja.text).toMatch(/9月4日/);
  });

  it('says so when nothing falls in the frame', () => {
    const a = engine.answer('what happened yesterday?', { now: '2025-08-10' });
    expect(a.intent).toBe('events.frame.none');
    expect(a.lead).toMatch(/^Yesterday \(August 9, 2025\): no event/);
  });

  it('reads "since" as a time frame only in a question about what happened meanwhile', () => {
    const after = engine.answer('what has happened since the supreme court ruling?', { now: '2026-03-25' });
    expect(after.intent).toBe('events.frame');
    expect(after.facts).not.toContain('scotus-ieepa-ruling');
    const because = engine.answer('since the supreme court ruled, what now?', { now: '2026-03-25' });
    expect(because.intent).not.toMatch(/^events\.frame/);
  });

  it("narrows a frame to a person's events", () => {
    const a = engine.answer('what did lutnick do this week?', { now: '2026-02-20' });
    expect(a.intent).toBe('events.frame');
    expect(a.facts).toContain('first-tranche-announced');
    expect(a.facts).not.toContain('akazawa-washington-visit');
  });
});
