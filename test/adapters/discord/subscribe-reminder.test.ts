import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedEngine } from '../../../src/app/bot.js';
import { createSubscriptionService } from '../../../src/app/subscription-service.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { createScheduler, type Scheduler } from '../../../src/scheduling/scheduler.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { CHANNELS, GUILD_ID } from '../../fakes/discord/ids.js';
import { slashCommand } from '../../fakes/discord/payloads.js';
import { dataOf, type Harness, realEngine, startHarness } from './harness.js';

/** The real subscription service and scheduler, posting through the real Discord poster to the fake. */
let h: Harness;
let scheduler: Scheduler;
const store = createMemoryStore();
let now = new Date('2026-02-01T12:00:00Z');
const clock = () => now;

beforeAll(async () => {
  const engines = fixedEngine(realEngine());
  const subscriptions = createSubscriptionService({
    store,
    defaultTimeZone: 'America/New_York',
    defaultLang: 'en',
    engines,
  });
  h = await startHarness({ subscriptions, engines, clock });
  scheduler = createScheduler({
    store,
    engines,
    posters: [h.service.poster],
    clock,
    logger: silentLogger(),
    cron: false,
  });
});
afterAll(() => h?.close());

const posts = (channel: string) =>
  h.fake.rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

describe('discord: subscribe, then a reminder delivered', () => {
  it('subscribes #general through /deal subscribe and stores it for the channel', async () => {
    const payload = slashCommand(
      'subscribe',
      { kind: 'reminders', timezone: 'America/New_York' },
      { admin: true },
    );
    await h.interact(payload);
    const edit = dataOf(await h.webhookOf(payload));
    expect(edit.embeds?.length).toBe(1);
    expect(edit.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const subs = store.read().subscriptions;
    expect(subs.map((s) => s.channel)).toEqual([
      { platform: 'discord', workspace: GUILD_ID, channel: CHANNELS.general },
    ]);
    expect(subs[0]?.reminders).toBe(true);
  });

  it("posts the reminder for the PM's White House visit (March 19) 7 days ahead at 09:00 New York time, once", async () => {
    now = new Date('2026-03-12T12:59:00Z');
    expect((await scheduler.tick(now)).sent).toBe(0);
    now = new Date('2026-03-12T13:00:00Z');
    const report = await scheduler.tick(now);
    expect(report).toMatchObject({ permanent: 0, deferred: 0 });
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const sent = posts(CHANNELS.general);
    expect(sent.length).toBe(report.sent);
    expect(sent.some((r) => JSON.stringify(dataOf(r).embeds).includes('White House'))).toBe(true);
    for (const r of sent) {
      expect(dataOf(r).embeds?.length).toBe(1);
      expect(dataOf(r).allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect((r.body as { enforce_nonce?: boolean }).enforce_nonce).toBe(true);
    }
    now = new Date('2026-03-12T13:01:00Z');
    expect((await scheduler.tick(now)).sent).toBe(0);
    expect(posts(CHANNELS.general).length).toBe(report.sent);
  });

  it('marks the subscription failing when the bot loses Send Messages (permanent)', async () => {
    const payload = slashCommand(
      'subscribe',
      { kind: 'reminders' },
      { admin: true, channel: CHANNELS.readonly },
    );
    await h.interact(payload);
    await h.webhookOf(payload);
    now = new Date('2026-03-18T13:00:00Z');
    const report = await scheduler.tick(now);
    expect(report.permanent).toBe(1);
    const failing = store.read().subscriptions.find((s) => s.channel.channel === CHANNELS.readonly);
    expect(failing?.status).toBe('failing');
    expect(failing?.failure?.reason).toContain('Send Messages');
    expect(posts(CHANNELS.readonly)).toEqual([]);
  });
});
