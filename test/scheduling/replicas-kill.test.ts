import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../pg/database.js';
import { runReplicas } from './fanout/replicas.js';

/**
 * Two replicas share one PostgreSQL database and a fan-out; the first is killed with SIGKILL part-way.
 * Its claims expire (short lease here) and the survivor delivers the rest: nothing is lost, nothing is
 * recorded without being delivered, and only what the dead replica had in flight or not yet recorded
 * is sent again (with the same idempotency key).
 */
describe('replicas sharing PostgreSQL across kill -9', () => {
  it('deliver every post, and the survivor takes over the killed replica’s claims', async () => {
    const r = await runReplicas({
      databaseUrl: await freshDatabase(),
      replicas: 2,
      channels: 150,
      perChannel: 2,
      limits: { perChannel: 20, global: 400, windowMs: 1000 },
      concurrency: 16,
      leaseMs: 1500,
      killAfter: 100,
    });
    expect(r.killed).toBe(true);
    expect(r.lost).toBe(0);
    expect(r.recordedNotDelivered).toBe(0);
    expect(r.deliveredNotRecorded).toBe(0);
    expect(r.accepted - r.repeats).toBe(r.expected);
    expect(r.repeats).toBeLessThanOrEqual(16 + 64);
    expect(r.perReplica[1]).toBeGreaterThan(0);
  });
});
