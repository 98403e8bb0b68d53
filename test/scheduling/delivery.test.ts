import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/core/answer/answer.js';
import type { ChannelRef } from '../../src/core/subscriptions/types.js';
import { type DeliveryHooks, type DeliveryJob, deliver } from '../../src/scheduling/delivery.js';
import type { Poster, PostResult } from '../../src/scheduling/poster.js';
import { FakePoster } from './fakes.js';

const message: Answer = {
  kind: 'answer',
  intent: 'schedule.reminder',
  lang: 'en',
  title: 't',
  text: 't',
  items: [],
  facts: [],
  sources: [],
  confidence: 1,
  suggestions: [],
  lead: '',
  notes: [],
  asOf: '',
};

function jobs(channels: number, perChannel: number): DeliveryJob[] {
  const out: DeliveryJob[] = [];
  for (let n = 0; n < perChannel; n++) {
    for (let c = 0; c < channels; c++) {
      const channel: ChannelRef = { platform: 'slack', workspace: 'T', channel: `C${c}` };
      out.push({ key: `slack:T:C${c}|k${n}`, subscriptionId: `slack:T:C${c}`, channel, message });
    }
  }
  return out;
}

function recorder() {
  const sent: string[] = [];
  const permanent: string[] = [];
  const hooks: DeliveryHooks = {
    sent: async (job) => {
      sent.push(job.key);
    },
    permanent: async (job, reason) => {
      permanent.push(`${job.key}:${reason}`);
    },
  };
  return { sent, permanent, hooks };
}

const posters = (p: Poster) => new Map([[p.platform, p]]);

describe('delivery worker', () => {
  it('keeps every channel within its rate and the whole run within the global rate', async () => {
    const poster = new FakePoster('slack', {
      perChannel: { limit: 2, windowMs: 100 },
      global: { limit: 10, windowMs: 100 },
    });
    const r = recorder();
    // On a virtual clock, time moves only when the pacer waits: the post times the fake records are
    // the ones the pacer chose, with no scheduling skew of a loaded machine in between.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    let report: Awaited<ReturnType<typeof deliver>>;
    try {
      const run = deliver(jobs(4, 4), posters(poster), r.hooks, { marginMs: 0 });
      await vi.runAllTimersAsync();
      report = await run;
    } finally {
      vi.useRealTimers();
    }
    expect(report.sent).toBe(16);
    // 16 posts at 2 per channel and 10 in all per 100 ms: the run takes at least one full window.
    const span = Math.max(...poster.posts.map((p) => p.at)) - Math.min(...poster.posts.map((p) => p.at));
    expect(span).toBeGreaterThanOrEqual(100);
    const times = (filter: (p: (typeof poster.posts)[number]) => boolean) =>
      poster.posts.filter(filter).map((p) => p.at);
    const maxIn = (ts: number[], window: number) =>
      Math.max(...ts.map((t) => ts.filter((u) => u >= t && u < t + window).length));
    expect(
      maxIn(
        times(() => true),
        100,
      ),
    ).toBeLessThanOrEqual(10);
    for (let c = 0; c < 4; c++)
      expect(
        maxIn(
          times((p) => p.channel.channel === `C${c}`),
          100,
        ),
      ).toBeLessThanOrEqual(2);
    expect(new Set(r.sent).size).toBe(16);
  });

  it('never has more posts in flight than the concurrency bound', async () => {
    let inFlight = 0;
    let max = 0;
    const slow: Poster = {
      platform: 'slack',
      pacing: { perChannel: { limit: 100, windowMs: 1000 } },
      async post() {
        inFlight++;
        max = Math.max(max, inFlight);
        await new Promise((res) => setTimeout(res, 5));
        inFlight--;
        return { ok: true };
      },
    };
    const report = await deliver(jobs(20, 2), posters(slow), recorder().hooks, { concurrency: 3 });
    expect(report.sent).toBe(40);
    expect(max).toBe(3);
  });

  it('waits out a global Retry-After on every channel of the platform', async () => {
    const poster = new FakePoster('slack', { perChannel: { limit: 100, windowMs: 1000 } });
    poster.script.push({
      ok: false,
      kind: 'rate-limited',
      retryAfterMs: 50,
      reason: 'global',
      scope: 'global',
    });
    const report = await deliver(jobs(3, 1), posters(poster), recorder().hooks, { concurrency: 1 });
    expect(report).toMatchObject({ sent: 3, rateLimited: 1 });
    const first = poster.attempts[0]?.at ?? 0;
    for (const p of poster.posts) expect(p.at - first).toBeGreaterThanOrEqual(49);
  });

  it('defers a post whose Retry-After is longer than it will wait', async () => {
    const poster = new FakePoster('slack');
    poster.script.push({ ok: false, kind: 'rate-limited', retryAfterMs: 600_000, reason: 'slow down' });
    const report = await deliver(jobs(1, 1), posters(poster), recorder().hooks, { maxWaitMs: 1000 });
    expect(report.outcomes.get('slack:T:C0|k0')).toMatchObject({ status: 'deferred', reason: 'slow down' });
  });

  it('retries transient failures (and a poster that throws) with growing backoff', async () => {
    const poster = new FakePoster('slack');
    poster.script.push(
      { ok: false, kind: 'transient', reason: '503' },
      { ok: false, kind: 'transient', reason: '503' },
    );
    const report = await deliver(jobs(1, 1), posters(poster), recorder().hooks, {
      backoffMs: 20,
      random: () => 1,
    });
    expect(report.outcomes.get('slack:T:C0|k0')).toMatchObject({ status: 'sent', attempts: 3 });
    const [a, b, c] = poster.attempts.map((p) => p.at);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(19);
    expect((c ?? 0) - (b ?? 0)).toBeGreaterThanOrEqual(39);

    const throwing: Poster = {
      platform: 'slack',
      pacing: { perChannel: { limit: 100, windowMs: 1000 } },
      async post(): Promise<PostResult> {
        throw new Error('socket hang up');
      },
    };
    const failed = await deliver(jobs(1, 1), posters(throwing), recorder().hooks, {
      maxAttempts: 2,
      backoffMs: 1,
    });
    expect(failed.outcomes.get('slack:T:C0|k0')).toMatchObject({ status: 'deferred', attempts: 2 });
  });

  it('stops posting to a platform that keeps failing, deferring the rest to the next tick', async () => {
    const poster = new FakePoster('slack', { perChannel: { limit: 100, windowMs: 1000 } });
    for (let i = 0; i < 100; i++) poster.script.push({ ok: false, kind: 'transient', reason: 'HTTP 503' });
    const report = await deliver(jobs(30, 2), posters(poster), recorder().hooks, {
      outageAfter: 5,
      concurrency: 1,
      backoffMs: 1,
    });
    expect(report.deferred).toBe(60);
    expect(poster.attempts).toHaveLength(5);
    expect(report.outcomes.get('slack:T:C29|k1')).toMatchObject({
      reason: expect.stringMatching(/platform unavailable/),
    });
  });

  it('stops a channel at its first permanent error and drops the rest of its posts', async () => {
    const poster = new FakePoster('slack', { perChannel: { limit: 100, windowMs: 1000 } });
    poster.byChannel.set('C1', { ok: false, kind: 'permanent', reason: 'not_in_channel' });
    const r = recorder();
    const report = await deliver(jobs(2, 3), posters(poster), r.hooks);
    expect(report).toMatchObject({ sent: 3, permanent: 1, dropped: 2 });
    expect(r.permanent).toEqual(['slack:T:C1|k0:not_in_channel']);
    expect(poster.attempts.filter((p) => p.channel.channel === 'C1')).toHaveLength(1);
  });

  it('passes the delivery key as the idempotency key, and stops taking posts when aborted', async () => {
    const poster = new FakePoster('slack', { perChannel: { limit: 1, windowMs: 1000 } });
    const controller = new AbortController();
    const r = recorder();
    r.hooks.sent = async () => controller.abort();
    const report = await deliver(jobs(1, 3), posters(poster), r.hooks, { signal: controller.signal });
    expect(poster.posts.map((p) => p.key)).toEqual(['slack:T:C0|k0']);
    expect(report).toMatchObject({ sent: 1, deferred: 2 });
  });
});
