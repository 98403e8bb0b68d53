import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { stateStoreService } from '../../src/store/service.js';
import {
  putSubscription,
  recordDelivery,
  removeSubscription,
  setDigestMark,
} from '../../src/store/state-ops.js';
import { subscription } from '../scheduling/fakes.js';

describe('in-memory state store and state operations', () => {
  it('applies updates in order and returns what the change returns', async () => {
    const store = createMemoryStore();
    const results = await Promise.all([
      store.update((s) => {
        putSubscription(s, subscription());
        return s.subscriptions.length;
      }),
      store.update((s) => {
        recordDelivery(s, 'k', { at: '2026-02-01T00:00:00.000Z', outcome: 'sent' });
        return Object.keys(s.ledger).length;
      }),
    ]);
    expect(results).toEqual([1, 1]);
    expect(store.location).toBe('memory');
  });

  it('keeps only the snapshots a digest still refers to', async () => {
    const store = createMemoryStore();
    await store.update((s) => {
      putSubscription(s, subscription());
      setDigestMark(s, 'slack:T1:C1', '2026-02-02T14:00:00.000Z', { id: 'a', hashes: { deal: '1' } });
      setDigestMark(s, 'slack:T1:C1', '2026-02-09T14:00:00.000Z', { id: 'b', hashes: { deal: '2' } });
    });
    expect(Object.keys(store.read().snapshots)).toEqual(['b']);
    await store.update((s) => removeSubscription(s, 'slack:T1:C1'));
    expect(store.read().snapshots).toEqual({});
    expect(store.read().digests).toEqual({});
  });

  it('closes through its service on shutdown', async () => {
    const service = stateStoreService(createMemoryStore());
    await service.start();
    expect(service.ready()).toBe(true);
    await service.stop();
    expect(service.ready()).toBe(false);
  });
});
