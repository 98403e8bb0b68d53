import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/core/subscriptions/types.js';
import { emptyState, type State } from '../../src/store/schema.js';
import type { DigestUpdate, StateStore } from '../../src/store/store.js';
import { newsItem, newsStoreContract } from './news-contract.js';

/**
 * The state port's contract: every store (memory, lowdb file, PostgreSQL) passes the same cases.
 * `open` gives a new, empty store each time.
 */

const T0 = '2026-02-01T12:00:00.000Z';
const T1 = '2026-02-02T12:00:00.000Z';

export function subscription(id: string, over: Partial<Subscription> = {}): Subscription {
  const [platform, workspace, channel] = id.split(':') as [
    Subscription['channel']['platform'],
    string,
    string,
  ];
  return {
    id,
    channel: { platform, workspace, channel },
    reminders: true,
    digest: { cadence: 'weekly', day: 'mon', time: '09:00', skipWhenNoNews: false },
    news: false,
    timeZone: 'Asia/Tokyo',
    lang: 'en',
    createdAt: T0,
    updatedAt: T0,
    status: 'active',
    ...over,
  };
}

function digestUpdate(id: string, snapshot: string, lastAt = T0): DigestUpdate {
  return {
    subscriptionId: id,
    lastAt,
    snapshot: { id: snapshot, hashes: { 'event:a': 'h1', 'event:b': 'h2' } },
  };
}

/** A state as the bot writes it: every instant in toISOString() form. */
export function sampleState(): State {
  const state = emptyState();
  state.subscriptions = [
    subscription('slack:T1:C1'),
    subscription('discord:G1:D1', {
      digest: null,
      news: true,
      lang: 'ja',
      status: 'failing',
      failure: { reason: 'missing_access', at: T1 },
    }),
  ];
  state.ledger = {
    'slack:T1:C1|reminder:e1:7d:2026-03-03': { at: T0, outcome: 'sent', messageId: '1700000000.000100' },
    'discord:G1:D1|reminder:e1:1d:2026-03-09': { at: T1, outcome: 'skipped' },
  };
  state.snapshots = { s1: { 'event:a': 'h1' } };
  state.digests = { 'slack:T1:C1': { lastAt: T0, snapshot: 's1' } };
  state.lastTickAt = T1;
  state.installations = { T1: { installedAt: T0, sealed: 'v1.aaaa.bbbb.cccc' } };
  const { guid: _none, ...withoutGuid } = newsItem(2);
  state.news = {
    items: [newsItem(1), withoutGuid],
    feeds: {
      'https://news.example/feed.xml': {
        url: 'https://news.example/feed.xml',
        etag: '"e1"',
        failures: 0,
        lastFetchedAt: T1,
      },
    },
  };
  return state;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function stateStoreContract(name: string, open: () => Promise<StateStore>): void {
  // The news operations are part of the state port: every store passes their contract too.
  newsStoreContract(name, open);
  describe(`state store contract: ${name}`, () => {
    let store: StateStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('subscribes, replaces by id, gets and lists (all, or one workspace)', async () => {
      await store.subscribe(subscription('slack:T1:C1'));
      await store.subscribe(subscription('slack:T2:C9'));
      await store.subscribe(subscription('slack:T1:C1', { lang: 'ja', updatedAt: T1 }));
      expect(await store.getSubscription('slack:T1:C1')).toEqual(
        subscription('slack:T1:C1', { lang: 'ja', updatedAt: T1 }),
      );
      expect(await store.getSubscription('slack:T1:C2')).toBeUndefined();
      expect((await store.listSubscriptions()).map((s) => s.id).sort()).toEqual([
        'slack:T1:C1',
        'slack:T2:C9',
      ]);
      expect(
        (await store.listSubscriptions({ platform: 'slack', workspace: 'T2' })).map((s) => s.id),
      ).toEqual(['slack:T2:C9']);
      expect(await store.listSubscriptions({ platform: 'discord', workspace: 'T2' })).toEqual([]);
    });

    it('starts a digest from the given mark only when the channel has none', async () => {
      await store.subscribe(subscription('slack:T1:C1'), digestUpdate('slack:T1:C1', 's1'));
      await store.subscribe(subscription('slack:T1:C1'), digestUpdate('slack:T1:C1', 's2', T1));
      const state = await store.exportState();
      expect(state.digests['slack:T1:C1']).toEqual({ lastAt: T0, snapshot: 's1' });
      expect(Object.keys(state.snapshots)).toEqual(['s1']);
    });

    it('unsubscribes: keeps what remains, drops an unused digest mark, removes the channel', async () => {
      await store.subscribe(subscription('slack:T1:C1'), digestUpdate('slack:T1:C1', 's1'));
      await store.unsubscribe('slack:T1:C1', subscription('slack:T1:C1', { digest: null }));
      let state = await store.exportState();
      expect(state.subscriptions).toEqual([subscription('slack:T1:C1', { digest: null })]);
      expect(state.digests).toEqual({});
      expect(state.snapshots).toEqual({});
      await store.unsubscribe('slack:T1:C1', null);
      state = await store.exportState();
      expect(state.subscriptions).toEqual([]);
    });

    it('marks a subscription failing once', async () => {
      await store.subscribe(subscription('slack:T1:C1'));
      expect(await store.markFailing('slack:T1:C1', 'channel_not_found', T1)).toBe(true);
      expect(await store.markFailing('slack:T1:C1', 'channel_not_found', T1)).toBe(false);
      expect(await store.markFailing('slack:T1:C404', 'channel_not_found', T1)).toBe(false);
      expect(await store.getSubscription('slack:T1:C1')).toMatchObject({
        status: 'failing',
        failure: { reason: 'channel_not_found', at: T1 },
      });
    });

    it('claims a delivery for one owner at a time, until it is recorded or released', async () => {
      expect(await store.claimDeliveries(['k1', 'k2', 'k2'], 'a', 60_000)).toEqual(['k1', 'k2']);
      expect(await store.claimDeliveries(['k1', 'k2', 'k3'], 'b', 60_000)).toEqual(['k3']);
      expect((await store.claimDeliveries(['k1'], 'a', 60_000)).sort()).toEqual(['k1']);
      await store.recordDelivery('k1', { at: T0, outcome: 'sent', messageId: 'm1' });
      await store.renewClaims('a', 60_000);
      expect(await store.claimDeliveries(['k1', 'k2'], 'b', 60_000)).toEqual([]);
      expect(await store.claimDeliveries(['k1'], 'a', 60_000)).toEqual([]);
      await store.releaseClaims('a');
      expect(await store.claimDeliveries(['k1', 'k2'], 'b', 60_000)).toEqual(['k2']);
      expect((await store.scheduleState()).ledger).toEqual({
        k1: { at: T0, outcome: 'sent', messageId: 'm1' },
      });
    });

    it('lets another owner take a claim whose lease ran out (a killed process)', async () => {
      expect(await store.claimDeliveries(['k1'], 'killed', 1)).toEqual(['k1']);
      await pause(30);
      expect(await store.claimDeliveries(['k1'], 'survivor', 60_000)).toEqual(['k1']);
      expect(await store.claimDeliveries(['k1'], 'killed', 60_000)).toEqual([]);
    });

    it('records a delivery with the digest it covered, and finishing a tick prunes old entries', async () => {
      await store.subscribe(subscription('slack:T1:C1'));
      await store.recordDelivery('old', { at: T0, outcome: 'skipped' });
      await store.recordDelivery('new', { at: T1, outcome: 'sent' }, digestUpdate('slack:T1:C1', 's9', T1));
      let state = await store.scheduleState();
      expect(state.digests['slack:T1:C1']).toEqual({ lastAt: T1, snapshot: 's9' });
      expect(state.snapshots.s9).toEqual({ 'event:a': 'h1', 'event:b': 'h2' });
      await store.finishTick(T1, '2026-02-02T00:00:00.000Z');
      state = await store.scheduleState();
      expect(state.lastTickAt).toBe(T1);
      expect(Object.keys(state.ledger)).toEqual(['new']);
      await store.markDigest('slack:T1:C1', digestUpdate('slack:T1:C1', 's10', T1));
      state = await store.exportState();
      expect(state.digests['slack:T1:C1']?.snapshot).toBe('s10');
      await store.finishTick(T1, T0);
      expect(Object.keys((await store.exportState()).snapshots)).toEqual(['s10']);
    });

    it('keeps, finds and deletes Slack installations', async () => {
      await store.putInstallation('T1', { installedAt: T0, sealed: 'sealed-1' });
      await store.putInstallation('T1', { installedAt: T1, sealed: 'sealed-2' });
      expect(await store.getInstallation('T1')).toEqual({ installedAt: T1, sealed: 'sealed-2' });
      expect(await store.getInstallation('T2')).toBeUndefined();
      expect(await store.deleteInstallation('T1')).toBe(true);
      expect(await store.deleteInstallation('T1')).toBe(false);
      expect(await store.getInstallation('T1')).toBeUndefined();
    });

    it('sees an event first once within its time window', async () => {
      expect(await store.firstSighting('Ev1', 60_000)).toBe(true);
      expect(await store.firstSighting('Ev1', 60_000)).toBe(false);
      expect(await store.firstSighting('Ev2', 60_000)).toBe(true);
      expect(await store.firstSighting('Ev3', 1)).toBe(true);
      await pause(30);
      expect(await store.firstSighting('Ev3', 1)).toBe(true);
    });

    it('imports a state idempotently and exports it unchanged', async () => {
      const state = sampleState();
      expect(await store.importState(state)).toEqual({
        subscriptions: 2,
        ledger: 2,
        digests: 1,
        snapshots: 1,
        installations: 1,
        newsItems: 2,
        newsFeeds: 1,
      });
      await store.importState(state);
      const out = await store.exportState();
      expect({
        ...out,
        subscriptions: [...out.subscriptions].sort((a, b) => a.id.localeCompare(b.id)),
      }).toEqual({
        ...state,
        subscriptions: [...state.subscriptions].sort((a, b) => a.id.localeCompare(b.id)),
      });
    });
  });
}
