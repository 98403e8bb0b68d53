import { describe, expect, it } from 'vitest';
import { runFanout } from './fanout/run.js';

/**
 * A fan-out delivered by a child process that is killed with SIGKILL half-way and restarted:
 * every post reaches the platform, none is recorded without being delivered, and the posts the
 * first process had in flight when it died are repeated with the same idempotency key (so the
 * platform shows them once).
 */
describe('fan-out across kill -9 and restart', () => {
  it('loses nothing and shows nothing twice', async () => {
    const r = await runFanout({
      channels: 200,
      perChannel: 3,
      limits: { perChannel: 20, global: 400, windowMs: 1000 },
      concurrency: 16,
      killAfter: 300,
    });
    expect(r.killed).toBe(true);
    expect(r.lost).toBe(0);
    expect(r.recordedNotDelivered).toBe(0);
    expect(r.deliveredNotRecorded).toBe(0);
    // Only what was in flight (16) or accepted but not yet durable (at most 64) at the kill can
    // repeat, and the platform shows it once.
    expect(r.accepted - r.repeats).toBe(r.expected);
    expect(r.repeats).toBeLessThanOrEqual(16 + 64);
  });
});
