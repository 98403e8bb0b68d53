import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { isoWithOffset, previewPosts } from '../../../src/core/schedule/preview.js';
import type { Subscription } from '../../../src/core/subscriptions/types.js';
import { realFacts } from '../engine/fixture.js';

/**
 * The three checks of `npm run schedule -- preview` on the whole public record, February
 * to March 2026 in New York: at each moment the planner sees only what had been reported by then.
 */
const engine = createEngine(realFacts());
const zone = 'America/New_York';
const sub: Subscription = {
  id: 'console:local:preview',
  channel: { platform: 'console', workspace: 'local', channel: 'preview' },
  reminders: true,
  digest: { cadence: 'weekly', day: 'mon', time: '09:00', skipWhenNoNews: false },
  news: false,
  timeZone: zone,
  lang: 'en',
  createdAt: '2026-02-01T05:00:00.000Z',
  updatedAt: '2026-02-01T05:00:00.000Z',
  status: 'active',
};
const posts = previewPosts(
  (ms) => engine.knowledgeAt(ms),
  sub,
  Date.parse('2026-02-01T05:00:00Z'),
  Date.parse('2026-04-01T04:00:00Z'),
);
const at = (key: string) =>
  posts.filter((p) => p.key.includes(key)).map((p) => isoWithOffset(p.dueMs, zone).slice(0, 10));

describe('schedule preview, February–March 2026, New York, on the public record', () => {
  it('the March 19 White House visit gets reminders on March 12, 18 and 19', () => {
    expect(at('reminder:pm-white-house-visit:')).toEqual(['2026-03-12', '2026-03-18', '2026-03-19']);
    const d7 = posts.find((p) => p.key.includes('reminder:pm-white-house-visit:d7'));
    expect(d7?.message.text).toMatch(/one week away: March 19, 2026/);
  });

  it("Akazawa's February trip, announced February 10, gets no reminder before that day", () => {
    const trip = posts.filter((p) => p.key.includes('reminder:akazawa-washington-visit:'));
    for (const p of trip) expect(isoWithOffset(p.dueMs, zone).slice(0, 10) >= '2026-02-10').toBe(true);
    // Its seven-day reminder (February 4) could not be planned: the trip was not known then.
    expect(trip.map((p) => p.key)).not.toContainEqual(expect.stringContaining(':d7:'));
  });

  it('the Monday digest of February 23 reports the first tranche', () => {
    const digest = posts.find(
      (p) => p.kind === 'digest' && isoWithOffset(p.dueMs, zone).startsWith('2026-02-23'),
    );
    expect(digest?.message.intent).toBe('schedule.digest');
    expect(digest?.message.facts).toEqual(
      expect.arrayContaining(['first-tranche-announced', 'first-tranche']),
    );
    expect(digest?.message.text).toMatch(/First tranche/);
    // The digest a week earlier could not know of the announcement yet.
    const before = posts.find(
      (p) => p.kind === 'digest' && isoWithOffset(p.dueMs, zone).startsWith('2026-02-16'),
    );
    expect(before?.message.facts).not.toContain('first-tranche-announced');
  });

  it('plans nothing from a report not yet made: no post for the visit before its day was known', () => {
    const known = '2026-02-06';
    for (const p of posts.filter((x) => x.key.includes('pm-white-house-visit')))
      expect(isoWithOffset(p.dueMs, zone).slice(0, 10) >= known).toBe(true);
  });
});
