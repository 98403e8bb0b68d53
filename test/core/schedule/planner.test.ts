import { describe, expect, it } from 'vitest';
import type { FactBaseData } from '../../../src/core/factbase/schema.js';
import { type PlannerLedger, plan as planOn } from '../../../src/core/schedule/planner.js';
import type { Subscription } from '../../../src/core/subscriptions/types.js';
import { subscription } from '../../scheduling/fakes.js';
import { factsWith, pmVisitInMonth, pmVisitOn, viewAt } from './facts.js';

/** The planner on the fact base as known at `now`, as the scheduler runs it. */
function plan(
  now: Date,
  facts: FactBaseData,
  ...rest: Parameters<typeof planOn> extends [Date, unknown, ...infer R] ? R : never
) {
  return planOn(now, viewAt(facts, now), ...rest);
}

function ledger(done: string[] = [], extra: Partial<PlannerLedger> = {}): PlannerLedger {
  const set = new Set(done);
  return { has: (k) => set.has(k), lastDigestAt: () => undefined, lastTickAt: null, ...extra };
}

const at = (iso: string) => new Date(iso);
const keys = (p: ReturnType<typeof plan>) => p.due.map((d) => d.key);

/** Ticks every minute from `from` to `to`, "sending" whatever is due; returns when each key came due. */
function walk(
  facts: ReturnType<typeof pmVisitOn>,
  subs: Subscription[],
  from: string,
  to: string,
  stepMs = 60_000,
) {
  const sent = new Map<string, string>();
  const marks = new Map<string, string>();
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMs) {
    const l: PlannerLedger = {
      has: (k) => sent.has(k),
      lastDigestAt: (id) => marks.get(id),
      lastTickAt: null,
    };
    for (const d of plan(new Date(t), facts, subs, l).due) {
      sent.set(d.key, new Date(t).toISOString());
      if (d.occurrence.kind === 'digest')
        marks.set(d.subscription.id, new Date(d.occurrence.dueMs).toISOString());
    }
  }
  return sent;
}

describe('planner: reminders', () => {
  it('puts the three reminders at 09:00 New York time on both sides of the DST change', () => {
    // DST starts in New York on 2026-03-08: March 3 is EST (UTC-5), March 9 and 10 are EDT (UTC-4).
    const sent = walk(
      pmVisitOn('2026-03-10'),
      [subscription()],
      '2026-03-02T00:00:00Z',
      '2026-03-11T00:00:00Z',
    );
    expect([...sent]).toEqual([
      ['slack:T1:C1|reminder:pm-white-house-visit:d7:2026-03-10', '2026-03-03T14:00:00.000Z'],
      ['slack:T1:C1|reminder:pm-white-house-visit:d1:2026-03-10', '2026-03-09T13:00:00.000Z'],
      ['slack:T1:C1|reminder:pm-white-house-visit:d0:2026-03-10', '2026-03-10T13:00:00.000Z'],
    ]);
  });

  it('also across the November fall-back, and in Tokyo (no DST)', () => {
    // New York falls back on 2026-11-01: Oct 30 is EDT, Nov 5 and 6 are EST.
    const ny = walk(
      pmVisitOn('2026-11-06'),
      [subscription()],
      '2026-10-29T00:00:00Z',
      '2026-11-07T00:00:00Z',
    );
    expect([...ny.values()]).toEqual([
      '2026-10-30T13:00:00.000Z',
      '2026-11-05T14:00:00.000Z',
      '2026-11-06T14:00:00.000Z',
    ]);
    const tokyo = walk(
      pmVisitOn('2026-03-10'),
      [subscription({ timeZone: 'Asia/Tokyo' })],
      '2026-03-02T00:00:00Z',
      '2026-03-11T00:00:00Z',
    );
    expect([...tokyo.values()]).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
      '2026-03-10T00:00:00.000Z',
    ]);
  });

  it('gives a month-precision event one post at 09:00 on the 1st, then day reminders once the date is known', () => {
    const month = walk(
      pmVisitInMonth('2026-03'),
      [subscription()],
      '2026-02-25T00:00:00Z',
      '2026-03-31T00:00:00Z',
    );
    expect([...month]).toEqual([
      ['slack:T1:C1|reminder:pm-white-house-visit:month:2026-03', '2026-03-01T14:00:00.000Z'],
    ]);
    const later = plan(
      at('2026-03-09T13:00:00Z'),
      pmVisitOn('2026-03-10'),
      [subscription()],
      ledger([...month.keys()]),
    );
    expect(keys(later)).toEqual(['slack:T1:C1|reminder:pm-white-house-visit:d1:2026-03-10']);
  });

  it('re-plans when the date changes: nothing for the old date, nothing twice for the new one', () => {
    const sub = subscription();
    const before = walk(pmVisitOn('2026-03-10'), [sub], '2026-03-02T00:00:00Z', '2026-03-04T00:00:00Z');
    expect([...before.keys()]).toEqual(['slack:T1:C1|reminder:pm-white-house-visit:d7:2026-03-10']);
    // The visit moves to March 12: from March 4 on, only the new date's reminders come due.
    const moved = pmVisitOn('2026-03-12');
    const sent = new Set(before.keys());
    const times: string[] = [];
    for (let t = Date.parse('2026-03-04T00:00:00Z'); t <= Date.parse('2026-03-13T00:00:00Z'); t += 60_000) {
      for (const d of plan(new Date(t), moved, [sub], ledger([...sent])).due) {
        expect(sent.has(d.key)).toBe(false);
        sent.add(d.key);
        times.push(`${d.key.split('|')[1]} @ ${new Date(t).toISOString()}`);
      }
    }
    expect(times).toEqual([
      'reminder:pm-white-house-visit:d7:2026-03-12 @ 2026-03-05T14:00:00.000Z',
      'reminder:pm-white-house-visit:d1:2026-03-12 @ 2026-03-11T13:00:00.000Z',
      'reminder:pm-white-house-visit:d0:2026-03-12 @ 2026-03-12T13:00:00.000Z',
    ]);
  });

  it('catches up within 6 hours; older reminders are reported skipped, not posted', () => {
    const facts = pmVisitOn('2026-03-10');
    const sub = subscription();
    // Down from before the 7-day reminder (March 3, 14:00Z) until 19:59Z: 5 h 59 m late, still posted.
    const late = plan(
      at('2026-03-03T19:59:00Z'),
      facts,
      [sub],
      ledger([], { lastTickAt: '2026-03-03T10:00:00.000Z' }),
    );
    expect(keys(late)).toEqual(['slack:T1:C1|reminder:pm-white-house-visit:d7:2026-03-10']);
    // Back at 20:01Z: too late, skipped and reported.
    const tooLate = plan(
      at('2026-03-03T20:01:00Z'),
      facts,
      [sub],
      ledger([], { lastTickAt: '2026-03-03T10:00:00.000Z' }),
    );
    expect(tooLate.due).toEqual([]);
    expect(tooLate.skipped.map((d) => d.key)).toEqual([
      'slack:T1:C1|reminder:pm-white-house-visit:d7:2026-03-10',
    ]);
    // Skips are reported once: the next tick starts after them.
    const next = plan(
      at('2026-03-03T20:02:00Z'),
      facts,
      [sub],
      ledger([], { lastTickAt: '2026-03-03T20:01:00.000Z' }),
    );
    expect(next.skipped).toEqual([]);
  });

  it('posts nothing for held or cancelled events, or to failing subscriptions', () => {
    const held = factsWith([
      { id: 'pm-white-house-visit', date: { precision: 'day', date: '2026-03-10' }, status: 'held' },
    ]);
    const cancelled = factsWith([
      { id: 'pm-white-house-visit', date: { precision: 'day', date: '2026-03-10' }, status: 'cancelled' },
    ]);
    const now = at('2026-03-03T14:00:00Z');
    expect(plan(now, held, [subscription()], ledger()).due).toEqual([]);
    expect(plan(now, cancelled, [subscription()], ledger()).due).toEqual([]);
    expect(plan(now, pmVisitOn('2026-03-10'), [subscription({ status: 'failing' })], ledger()).due).toEqual(
      [],
    );
    expect(plan(now, pmVisitOn('2026-03-10'), [subscription({ reminders: false })], ledger()).due).toEqual(
      [],
    );
  });
});

describe('planner: digests', () => {
  const weekly = { cadence: 'weekly', day: 'mon', time: '09:00', skipWhenNoNews: false } as const;

  it('is due at the latest digest time after the last one, once', () => {
    const sub = subscription({ reminders: false, digest: weekly, createdAt: '2026-03-01T00:00:00.000Z' });
    const sent = walk(
      pmVisitOn('2026-03-10'),
      [sub],
      '2026-03-01T00:00:00Z',
      '2026-03-17T00:00:00Z',
      15 * 60_000,
    );
    // Mondays March 2 (EST) and March 9 (EDT) at 09:00 New York time.
    expect([...sent.values()]).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-16T13:00:00.000Z',
    ]);
  });

  it('sends one digest for any number of missed ones, saying how many it replaces', () => {
    const sub = subscription({ reminders: false, digest: weekly });
    const l = ledger([], { lastDigestAt: () => '2026-02-02T14:00:00.000Z' });
    const p = plan(at('2026-03-04T00:00:00Z'), pmVisitOn('2026-03-10'), [sub], l);
    expect(p.due).toHaveLength(1);
    expect(p.due[0]?.occurrence).toMatchObject({
      kind: 'digest',
      dueMs: Date.parse('2026-03-02T14:00:00Z'),
      merged: 3,
    });
  });

  it('runs a daily digest whose local time does not exist on the spring-forward day once, an hour later', () => {
    const sub = subscription({
      reminders: false,
      digest: { ...weekly, cadence: 'daily', time: '02:30' },
      createdAt: '2026-03-07T12:00:00.000Z',
    });
    const sent = walk(
      pmVisitOn('2026-04-30'),
      [sub],
      '2026-03-07T12:00:00Z',
      '2026-03-09T12:00:00Z',
      5 * 60_000,
    );
    // March 8 02:30 does not exist in New York: it runs at 03:30 EDT (07:30Z).
    expect([...sent.values()]).toEqual(['2026-03-08T07:30:00.000Z', '2026-03-09T06:30:00.000Z']);
  });

  it('does not send a digest for a time before the subscription began', () => {
    const sub = subscription({ reminders: false, digest: weekly, createdAt: '2026-03-02T15:00:00.000Z' });
    expect(plan(at('2026-03-03T00:00:00Z'), pmVisitOn('2026-03-10'), [sub], ledger()).due).toEqual([]);
  });
});
