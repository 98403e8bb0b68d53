import { describe, expect, it } from 'vitest';
import { pmVisitInMonth, pmVisitOn } from '../core/schedule/facts.js';
import { CHANNEL, schedulerHarness } from './harness.js';

const channel = CHANNEL;

function setup(facts = pmVisitOn('2026-03-10')) {
  return schedulerHarness({ facts });
}

describe('scheduler: subscribe, then reminders delivered once', () => {
  it('posts the 7-day, 1-day and same-day reminders at 09:00 local, each once', async () => {
    const s = setup();
    const reply = await s.bot.handle({ text: '/deal subscribe reminders', channel });
    expect(reply.intent).toBe('subscription.subscribed');

    // 7 days before: March 3, 09:00 EST = 14:00Z. Nothing before it.
    expect((await s.scheduler.tick(s.at('2026-03-03T13:59:00Z'))).sent).toBe(0);
    expect((await s.scheduler.tick(s.at('2026-03-03T14:00:00Z'))).sent).toBe(1);
    expect((await s.scheduler.tick(s.at('2026-03-03T14:01:00Z'))).sent).toBe(0);
    // 1 day before: March 9, 09:00 EDT (DST began March 8) = 13:00Z.
    expect((await s.scheduler.tick(s.at('2026-03-09T13:00:00Z'))).sent).toBe(1);
    expect((await s.scheduler.tick(s.at('2026-03-10T13:00:00Z'))).sent).toBe(1);
    expect((await s.scheduler.tick(s.at('2026-03-10T18:00:00Z'))).sent).toBe(0);

    expect(s.poster.posts.map((p) => p.key)).toEqual([
      'slack:T1:C1|reminder:pm-white-house-visit:d7:2026-03-10',
      'slack:T1:C1|reminder:pm-white-house-visit:d1:2026-03-10',
      'slack:T1:C1|reminder:pm-white-house-visit:d0:2026-03-10',
    ]);
    expect(s.poster.posts.every((p) => p.message.intent === 'schedule.reminder')).toBe(true);
    expect(s.poster.posts[0]?.message.facts).toContain('pm-white-house-visit');
  });

  it('posts one month-start reminder for an event known only to the month', async () => {
    const s = setup(pmVisitInMonth('2026-03'));
    await s.bot.handle({ text: '/deal subscribe reminders Asia/Tokyo', channel });
    // March 1, 09:00 in Tokyo = March 1, 00:00Z.
    expect((await s.scheduler.tick(s.at('2026-02-28T23:59:00Z'))).sent).toBe(0);
    expect((await s.scheduler.tick(s.at('2026-03-01T00:00:00Z'))).sent).toBe(1);
    expect((await s.scheduler.tick(s.at('2026-03-01T00:01:00Z'))).sent).toBe(0);
    expect(s.poster.posts[0]?.key).toBe('slack:T1:C1|reminder:pm-white-house-visit:month:2026-03');
  });
});
