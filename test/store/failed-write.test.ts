import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Bot } from '../../src/app/bot.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import type { ChannelRef } from '../../src/core/subscriptions/types.js';
import { openStateStore } from '../../src/store/file-store.js';
import type { State } from '../../src/store/schema.js';
import { putSubscription, recordDelivery } from '../../src/store/state-ops.js';
import type { StateStore } from '../../src/store/store.js';
import { pmVisitOn, swappableEngines } from '../core/schedule/facts.js';
import { subscription } from '../scheduling/fakes.js';

/**
 * Issue #10, seen 6: a change that cannot be persisted must leave memory unchanged and the user told.
 * The write is made to fail for real (as a full or read-only disk would): a directory sits where the
 * atomic writer's temp file goes, so opening it fails with EISDIR, whoever runs the test (root too).
 */

const open: StateStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
});

async function storeWithBlockableWrites() {
  const path = join(mkdtempSync(join(tmpdir(), 'deal-bot-failed-write-')), 'state.json');
  const store = await openStateStore(path);
  open.push(store);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  return {
    path,
    store,
    block: () => mkdirSync(temp),
    unblock: () => rmSync(temp, { recursive: true }),
    onDisk: () => JSON.parse(readFileSync(path, 'utf8')) as State,
  };
}

describe('a state change that cannot be written', () => {
  it('rejects, and the state in memory is what is on disk: the subscription and the ledger entry are not there', async () => {
    const { store, block, unblock, onDisk } = await storeWithBlockableWrites();
    await store.update((s) => putSubscription(s, subscription()));
    const before = structuredClone(store.read());
    block();
    await expect(
      store.update((s) =>
        putSubscription(s, subscription({ channel: { platform: 'slack', workspace: 'T1', channel: 'C2' } })),
      ),
    ).rejects.toThrow(/EISDIR/);
    await expect(
      store.update((s) =>
        recordDelivery(s, 'slack:T1:C1|digest:x', { at: new Date().toISOString(), outcome: 'sent' }),
      ),
    ).rejects.toThrow();
    expect(store.read()).toEqual(before);
    expect(onDisk()).toEqual(before);
    unblock();
    await store.update((s) => recordDelivery(s, 'k', { at: new Date().toISOString(), outcome: 'sent' }));
    expect(Object.keys(store.read().ledger)).toEqual(['k']);
    expect(onDisk()).toEqual(store.read());
  });

  it('changes made together either all land or none do', async () => {
    const { store, block } = await storeWithBlockableWrites();
    block();
    const outcomes = await Promise.allSettled(
      ['C1', 'C2', 'C3'].map((channel) =>
        store.update((s) =>
          putSubscription(s, subscription({ channel: { platform: 'slack', workspace: 'T1', channel } })),
        ),
      ),
    );
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    expect(store.read().subscriptions).toEqual([]);
  });

  it('subscribe and unsubscribe tell the user nothing changed, and nothing did', async () => {
    const { store, block, unblock, onDisk } = await storeWithBlockableWrites();
    const engines = swappableEngines(pmVisitOn('2026-03-10'));
    const now = new Date('2026-02-01T12:00:00Z');
    const service = createSubscriptionService({ store, defaultTimeZone: 'UTC', defaultLang: 'en', engines });
    const bot = new Bot({ engines, clock: () => now, subscriptions: service });
    const channel: ChannelRef = { platform: 'slack', workspace: 'T1', channel: 'C1' };
    const say = (text: string) => bot.handle({ text, channel });

    block();
    const failed = await say('/deal subscribe digest daily 08:00');
    expect(failed.intent).toBe('subscription.not-saved');
    expect(failed.text).toMatch(/could not be saved, so nothing changed/);
    expect(store.read().subscriptions).toEqual([]);
    expect((await say('/deal subscriptions')).intent).toBe('subscription.none');

    unblock();
    expect((await say('/deal subscribe reminders')).intent).toBe('subscription.subscribed');
    const saved = structuredClone(store.read());
    block();
    expect((await say('/deal unsubscribe')).intent).toBe('subscription.not-saved');
    expect(store.read()).toEqual(saved);
    expect(onDisk()).toEqual(saved);
    unblock();
  });
});
