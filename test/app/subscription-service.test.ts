import { describe, expect, it } from 'vitest';
import { Bot, type BotRequest } from '../../src/app/bot.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import type { ChannelRef } from '../../src/core/subscriptions/types.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { markFailing } from '../../src/store/state-ops.js';
import { pmVisitOn, swappableEngines } from '../core/schedule/facts.js';

const slack: ChannelRef = { platform: 'slack', workspace: 'T1', channel: 'C1' };
const now = new Date('2026-02-01T12:00:00Z');

function setup() {
  const store = createMemoryStore();
  const engines = swappableEngines(pmVisitOn('2026-03-10'));
  const service = createSubscriptionService({
    store,
    defaultTimeZone: 'America/New_York',
    defaultLang: 'en',
    engines,
  });
  const bot = new Bot({ engines, clock: () => now, subscriptions: service });
  const say = (text: string, extra: Partial<BotRequest> = {}) =>
    bot.handle({ text, channel: slack, ...extra });
  return { store, service, bot, say };
}

describe('subscription service through bot.handle', () => {
  it('subscribes to reminders and a weekly digest by default, in the configured zone and language', async () => {
    const { store, say } = setup();
    const a = await say('/deal subscribe');
    expect(a.intent).toBe('subscription.subscribed');
    expect(a.items.map((i) => i.id)).toEqual(['reminders', 'digest']);
    expect(a.items[1]?.detail).toMatch(/Mon, Feb 2, 09:00/);
    const sub = store.read().subscriptions[0];
    expect(sub).toMatchObject({
      id: 'slack:T1:C1',
      reminders: true,
      digest: { cadence: 'weekly', day: 'mon', time: '09:00', skipWhenNoNews: false },
      timeZone: 'America/New_York',
      lang: 'en',
      status: 'active',
    });
    // The digest tracks changes from the fact base as it was at subscription.
    expect(store.read().digests['slack:T1:C1']?.lastAt).toBe(now.toISOString());
  });

  it('merges later commands into the channel subscription and unsubscribes kind by kind', async () => {
    const { store, say } = setup();
    await say('/deal subscribe reminders');
    await say('/deal subscribe digest daily 07:30 Asia/Tokyo ja');
    expect(store.read().subscriptions).toHaveLength(1);
    expect(store.read().subscriptions[0]).toMatchObject({
      reminders: true,
      digest: { cadence: 'daily', time: '07:30' },
      timeZone: 'Asia/Tokyo',
      lang: 'ja',
    });
    const list = await say('/deal subscriptions');
    expect(list.intent).toBe('subscription.list');
    expect(list.lang).toBe('ja');
    const off = await say('/deal unsubscribe digest');
    expect(off.intent).toBe('subscription.unsubscribed');
    expect(off.items.map((i) => i.id)).toEqual(['reminders']);
    expect(store.read().digests['slack:T1:C1']).toBeUndefined();
    await say('/deal unsubscribe');
    expect(store.read().subscriptions).toEqual([]);
    expect((await say('/deal subscriptions')).intent).toBe('subscription.none');
    expect((await say('/deal unsubscribe')).intent).toBe('subscription.none');
  });

  it('answers bad input with what is wrong and the valid forms, changing nothing', async () => {
    const { store, say } = setup();
    const tz = await say('/deal subscribe digest weekly mon 09:00 Asia/Tokio');
    expect(tz.intent).toBe('subscription.invalid');
    expect(tz.text).toContain('"Asia/Tokio" is not a time zone');
    expect(tz.text).toContain('/deal subscribe digest weekly mon 09:00 Asia/Tokyo');
    const time = await say('/deal subscribe digest 25:00', { lang: 'ja' });
    expect(time.lang).toBe('ja');
    expect(time.text).toContain('「25:00」は時刻として読めません');
    expect(store.read().subscriptions).toEqual([]);
  });

  it('never echoes pings, markup or control characters from the arguments', async () => {
    const { say } = setup();
    for (const text of [
      '/deal subscribe <!channel>',
      '/deal subscribe @everyone',
      '/deal subscribe <@U123|bob>',
    ]) {
      const a = await say(text);
      expect(a.intent).toBe('subscription.invalid');
      expect(a.text).not.toMatch(/<!channel>|@everyone|<@U123/);
    }
    const long = await say(`/deal subscribe ${'x'.repeat(5000)}\u0007`);
    expect(long.text.length).toBeLessThan(1000);
    expect(long.text).not.toContain('\u0007');
  });

  it('lets only members who can manage the channel change or list its subscriptions', async () => {
    const { store, say } = setup();
    expect((await say('/deal subscribe', { canManageChannel: false })).intent).toBe('subscription.forbidden');
    expect(store.read().subscriptions).toEqual([]);
    await say('/deal subscribe', { canManageChannel: true });
    expect((await say('/deal unsubscribe', { canManageChannel: false })).intent).toBe(
      'subscription.forbidden',
    );
    expect((await say('/deal subscriptions', { canManageChannel: false })).intent).toBe(
      'subscription.forbidden',
    );
    expect((await say('/deal subscriptions', { canManageChannel: true })).intent).toBe('subscription.list');
  });

  it('renews a failing subscription when subscribed again, and reports the failure meanwhile', async () => {
    const { store, say } = setup();
    await say('/deal subscribe reminders');
    await store.update((s) => markFailing(s, 'slack:T1:C1', 'channel_not_found', now.toISOString()));
    expect((await say('/deal subscriptions')).text).toContain('channel_not_found');
    await say('/deal subscribe reminders');
    expect(store.read().subscriptions[0]?.status).toBe('active');
    expect(store.read().subscriptions[0]?.failure).toBeUndefined();
  });

  it('keeps one subscription per channel, ignoring threads, and lists a workspace', async () => {
    const { service, say } = setup();
    await say('/deal subscribe', { channel: { ...slack, thread: '1700000000.0001' } });
    await say('/deal subscribe reminders', { channel: { ...slack, channel: 'C2' } });
    await say('/deal subscribe reminders', { channel: { ...slack, workspace: 'T9' } });
    const subs = await service.listWorkspace('slack', 'T1');
    expect(subs.map((s) => s.id).sort()).toEqual(['slack:T1:C1', 'slack:T1:C2']);
    expect(subs.every((s) => s.channel.thread === undefined)).toBe(true);
  });
});
