import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { eventCallback, messageTs, slashCommand } from '../../fakes/slack/payloads.js';
import { SubscriptionTwin } from '../../fakes/subscription-twin.js';
import { APP_TOKEN, BOT_TOKEN, makeBot, memoryLogger, type Started, startSlack } from './harness.js';

describe('Slack Socket Mode', () => {
  let fake: FakeSlack;
  let started: Started;
  const subs = new SubscriptionTwin();

  beforeAll(async () => {
    fake = await FakeSlack.start();
    started = await startSlack({
      fake,
      mode: 'socket',
      bot: await makeBot(subs),
      logger: memoryLogger().logger,
      subscriptions: subs,
    });
  });
  afterAll(async () => {
    await started.service.stop();
    await fake.stop();
  });

  it('connects through apps.connections.open at SLACK_API_URL with the app token, after auth.test with the bot token', () => {
    expect(started.service.mode).toBe('socket');
    expect(started.service.servesCustomRoutes).toBe(false);
    expect(fake.callsTo('auth.test').map((c) => c.token)).toEqual([BOT_TOKEN]);
    expect(fake.callsTo('apps.connections.open').map((c) => c.token)).toEqual([APP_TOKEN]);
    expect(fake.socket.open).toBe(1);
    expect(started.service.ready()).toBe(true);
  });

  it('answers /deal in the envelope acknowledgement', async () => {
    const ack = await fake.socket.deliver(
      'slash_commands',
      slashCommand({ text: 'next', responseUrl: fake.responseUrl('s1') }),
    );
    expect(ack.response_type).toBe('ephemeral');
    const blocks = ack.blocks as { type: string }[];
    expect(blocks[0]?.type).toBe('header');
    expect(typeof ack.text).toBe('string');
    expect(fake.responses).toEqual([]);
  });

  it('runs a subscription command for the channel it was typed in', async () => {
    const fields = slashCommand({
      text: 'subscribe digest daily 08:00 Asia/Tokyo',
      channel: 'C0SOCKET',
      responseUrl: fake.responseUrl('s2'),
    });
    const ack = await fake.socket.deliver('slash_commands', fields);
    expect(String(ack.text)).toContain('Subscribed');
    expect(subs.byKey.get('slack:T0TEST:C0SOCKET')?.digest).toMatchObject({
      cadence: 'daily',
      time: '08:00',
    });
  });

  it('answers a mention delivered over the socket, in its thread', async () => {
    const ts = messageTs();
    const event = {
      type: 'app_mention',
      user: 'U0ALICE',
      text: '<@U0BOT> projects',
      ts,
      channel: 'C0GENERAL',
    };
    await fake.socket.deliver('events_api', eventCallback(event));
    const post = await fake.waitFor(() =>
      fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts),
    );
    expect(post.params.channel).toBe('C0GENERAL');
  });

  it('reconnects when Slack sends disconnect, and keeps answering', async () => {
    fake.socket.disconnectAll();
    await fake.waitFor(
      () => fake.callsTo('apps.connections.open').length === 2 && fake.socket.open === 1,
      5000,
    );
    await fake.waitFor(() => started.service.ready());
    const ack = await fake.socket.deliver(
      'slash_commands',
      slashCommand({ text: 'sectors', responseUrl: fake.responseUrl('s3') }),
    );
    expect(ack.response_type).toBe('ephemeral');
  });
});
