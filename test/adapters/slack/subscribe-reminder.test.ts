import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot, fixedEngine } from '../../../src/app/bot.js';
import { createSubscriptionService } from '../../../src/app/subscription-service.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { createScheduler, type Scheduler } from '../../../src/scheduling/scheduler.js';
import type { DocumentStateStore } from '../../../src/store/memory-store.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { eventCallback, form, slashCommand } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import {
  BOT_TOKEN,
  loadEngine,
  memoryLogger,
  PING_TOKEN,
  SECRET,
  type Started,
  startSlack,
} from './harness.js';

/**
 * The whole path with the real subscription service and scheduler: `/deal subscribe reminders` typed in a
 * channel over signed HTTP, then a scheduler tick delivers the reminder through the Slack Poster
 * (chat.postMessage on the fake Slack), once.
 */
describe('subscribe in Slack, then a reminder is delivered', () => {
  let fake: FakeSlack;
  let started: Started;
  let store: DocumentStateStore;
  let scheduler: Scheduler;
  let now = new Date('2026-02-01T12:00:00Z');

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const engines = fixedEngine(await loadEngine());
    const clock = () => now;
    store = createMemoryStore();
    const subscriptions = createSubscriptionService({
      store,
      defaultTimeZone: 'America/New_York',
      defaultLang: 'en',
      engines,
    });
    const bot = new Bot({ engines, clock, subscriptions });
    started = await startSlack({ fake, mode: 'http', bot, logger: memoryLogger().logger, subscriptions });
    scheduler = createScheduler({
      store,
      engines,
      posters: [started.service.poster],
      clock,
      logger: silentLogger(),
      cron: false,
    });
  });
  afterAll(async () => {
    await started.service.stop();
    await fake.stop();
  });

  it('stores the subscription for the channel the command was typed in', async () => {
    const body = form(
      slashCommand({ text: 'subscribe reminders', channel: 'C0NEWS', responseUrl: fake.responseUrl('sub') }),
    );
    const res = await postSigned(started.eventsUrl, SECRET, { form: body });
    expect(res.status).toBe(200);
    expect(res.json().response_type).toBe('ephemeral');
    expect(store.read().subscriptions.map((s) => s.id)).toEqual(['slack:T0TEST:C0NEWS']);
  });

  it('delivers the reminder through chat.postMessage once, after honouring a 429 Retry-After', async () => {
    // Slack answers the first attempt with 429 (Retry-After: 1 s); the poster reports it and the scheduler waits.
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const reports = [];
    // The PM's White House visit (March 19) is a week away on March 12, 09:00 New York time (EDT).
    for (const iso of ['2026-03-12T12:59:00Z', '2026-03-12T13:00:00Z', '2026-03-12T13:01:00Z']) {
      now = new Date(iso);
      reports.push(await scheduler.tick(now));
    }
    expect(reports.map((r) => r.sent)).toEqual([0, 1, 0]);
    expect(reports[1]?.rateLimited).toBe(1);
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.reply).toBeUndefined(); // the 429 carried no body
    expect(posts[1]?.reply?.ok).toBe(true);
    expect(posts[0]?.token).toBe(BOT_TOKEN);
    expect(posts[0]?.params.channel).toBe('C0NEWS');
    expect(JSON.stringify(posts[1]?.params.blocks)).toContain('White House');
    expect(fake.refused()).toEqual([]);
  });

  it('answers a subscription command with hostile words without a ping token', async () => {
    const text = 'subscribe digest <!channel> <@U0BOSS> &lt;!here&gt; 25:00 Mars/Olympus';
    const res = await postSigned(started.eventsUrl, SECRET, {
      form: form(slashCommand({ text, channel: 'C0NEWS', responseUrl: fake.responseUrl('bad') })),
    });
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(PING_TOKEN);
    expect(res.text.length).toBeGreaterThan(20);
  });

  it('lists the subscription on App Home', async () => {
    const event = {
      type: 'app_home_opened',
      user: 'U0ALICE',
      channel: 'D0ALICE',
      tab: 'home',
      event_ts: '1.1',
    };
    await postSigned(started.eventsUrl, SECRET, { json: eventCallback(event) });
    const publish = await fake.waitFor(() => fake.callsTo('views.publish')[0]);
    expect(JSON.stringify(publish.params.view)).toContain('<#C0NEWS>');
  });
});
