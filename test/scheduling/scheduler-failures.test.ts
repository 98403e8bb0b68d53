import { describe, expect, it } from 'vitest';
import { pmVisitOn } from '../core/schedule/facts.js';
import { FakePoster } from './fakes.js';
import { CHANNEL, schedulerHarness } from './harness.js';

const channel = CHANNEL;
const D7 = '2026-03-03T14:00:00Z';

function setup(poster = new FakePoster('slack')) {
  return schedulerHarness({ poster, delivery: { backoffMs: 5, maxBackoffMs: 20 } });
}

describe('scheduler: failures, catch-up, changes', () => {
  it('honours a 429 Retry-After and posts once', async () => {
    const s = setup();
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    s.poster.script.push({ ok: false, kind: 'rate-limited', retryAfterMs: 60, reason: 'ratelimited' });
    const report = await s.tick(D7);
    expect(report).toMatchObject({ sent: 1, rateLimited: 1, deferred: 0 });
    const [first, second] = s.poster.attempts;
    expect(s.poster.posts).toHaveLength(1);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(59);
  });

  it('retries transient errors with backoff; when they persist, the next tick tries again', async () => {
    const s = setup();
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    for (let i = 0; i < 4; i++) s.poster.script.push({ ok: false, kind: 'transient', reason: 'HTTP 503' });
    const first = await s.tick(D7);
    expect(first).toMatchObject({ sent: 0, deferred: 1 });
    expect(s.log.lines().find((l) => l.msg === 'deliveries deferred to a later tick')).toMatchObject({
      count: 1,
      reason: 'HTTP 503',
    });
    const second = await s.tick('2026-03-03T14:01:00Z');
    expect(second).toMatchObject({ sent: 1 });
    expect(s.poster.posts).toHaveLength(1);
  });

  it('marks the subscription failing on a permanent error, logs it once, and resumes when renewed', async () => {
    const s = setup();
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    s.poster.byChannel.set('C1', { ok: false, kind: 'permanent', reason: 'channel_not_found' });
    expect(await s.tick(D7)).toMatchObject({ permanent: 1, sent: 0 });
    expect(s.store.read().subscriptions[0]).toMatchObject({
      status: 'failing',
      failure: { reason: 'channel_not_found' },
    });
    expect(await s.tick('2026-03-03T14:05:00Z')).toMatchObject({ due: 0 });
    expect(s.poster.attempts).toHaveLength(1);
    const errors = s.log.lines().filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reason: 'channel_not_found' });

    s.poster.byChannel.clear();
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    expect(await s.tick('2026-03-03T14:06:00Z')).toMatchObject({ sent: 1 });
  });

  it('after downtime posts what is within 6 hours and logs what is older as skipped', async () => {
    const s = setup();
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    await s.tick('2026-03-03T10:00:00Z');
    // Down until 21:00Z: the 7-day reminder (14:00Z) is 7 h old.
    expect(await s.tick('2026-03-03T21:00:00Z')).toMatchObject({ sent: 0, skipped: 1 });
    const skipped = s.log.lines().filter((l) => String(l.msg).startsWith('reminder skipped'));
    expect(skipped.map((l) => l.key)).toEqual(['slack:T1:C1|reminder:pm-white-house-visit:d7:2026-03-10']);
    // Down over the 1-day reminder (March 9, 13:00Z) but back within 6 hours: posted.
    expect(await s.tick('2026-03-09T18:30:00Z')).toMatchObject({ sent: 1, skipped: 0 });
    expect(s.poster.posts.map((p) => p.key)).toEqual([
      'slack:T1:C1|reminder:pm-white-house-visit:d1:2026-03-10',
    ]);
  });

  it('re-plans reminders when the fact base moves the date', async () => {
    const s = setup();
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    await s.tick(D7);
    s.engines.set(pmVisitOn('2026-03-12'));
    await s.tick('2026-03-05T14:00:00Z');
    await s.tick('2026-03-09T13:00:00Z'); // the old date's 1-day reminder time: nothing
    await s.tick('2026-03-11T13:00:00Z');
    expect(s.poster.posts.map((p) => p.key?.split('|')[1])).toEqual([
      'reminder:pm-white-house-visit:d7:2026-03-10',
      'reminder:pm-white-house-visit:d7:2026-03-12',
      'reminder:pm-white-house-visit:d1:2026-03-12',
    ]);
  });

  it('digests report what changed since the channel last got one, then "no news"', async () => {
    const s = setup();
    await s.bot.handle({ text: '/deal subscribe digest', channel });
    const moved = pmVisitOn('2026-03-12');
    s.engines.set(moved);
    // The moved visit is reported on February 11: the digest of the 16th reports it, the 23rd has no news.
    await s.tick('2026-02-16T14:00:00Z');
    await s.tick('2026-02-23T14:00:00Z');
    const [first, second] = s.poster.posts.map((p) => p.message);
    expect(first?.intent).toBe('schedule.digest');
    expect(first?.items.map((i) => i.id)).toContain('events/pm-white-house-visit');
    expect(second?.intent).toBe('schedule.digest.no-news');
  });

  it('records a quiet digest with no news without posting it', async () => {
    const s = setup();
    await s.bot.handle({ text: '/deal subscribe digest quiet', channel });
    expect(await s.tick('2026-02-02T14:00:00Z')).toMatchObject({ due: 1, silent: 1, sent: 0 });
    expect(await s.tick('2026-02-02T14:01:00Z')).toMatchObject({ due: 0 });
    expect(s.poster.attempts).toHaveLength(0);
  });

  it('plans only the channels this process holds (Discord shards)', async () => {
    const poster = new FakePoster('slack');
    const s = setup(Object.assign(poster, { holds: (c: { channel: string }) => c.channel !== 'C1' }));
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    await s.bot.handle({ text: '/deal subscribe reminders', channel: { ...channel, channel: 'C2' } });
    expect(await s.tick(D7)).toMatchObject({ due: 1, sent: 1 });
    expect(poster.posts.map((p) => p.channel.channel)).toEqual(['C2']);
  });

  it('leaves subscriptions on a platform without a poster alone, to deliver when it is there', async () => {
    const s = setup(new FakePoster('discord'));
    await s.bot.handle({ text: '/deal subscribe reminders', channel });
    expect(await s.tick(D7)).toMatchObject({ due: 0, dropped: 0 });
    expect(Object.keys(s.store.read().ledger)).toEqual([]);
    expect(s.log.lines().filter((l) => Number(l.level) >= 40)).toEqual([]);
  });
});
