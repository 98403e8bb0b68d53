import { describe, expect, it } from 'vitest';
import { eventCallback, messageTs, slashCommand } from '../../fakes/slack/payloads.js';
import { APP_TOKEN, BOT_TOKEN, slackSuite } from './harness.js';

describe('Slack Socket Mode', () => {
  const suite = slackSuite({ mode: 'socket' });
  const subs = suite.subs;

  it('connects through apps.connections.open at SLACK_API_URL with the app token, after auth.test with the bot token', () => {
    expect(suite.started.service.mode).toBe('socket');
    expect(suite.started.service.servesCustomRoutes).toBe(false);
    expect(suite.fake.callsTo('auth.test').map((c) => c.token)).toEqual([BOT_TOKEN]);
    expect(suite.fake.callsTo('apps.connections.open').map((c) => c.token)).toEqual([APP_TOKEN]);
    expect(suite.fake.socket.open).toBe(1);
    expect(suite.started.service.ready()).toBe(true);
  });

  it('answers /deal in the envelope acknowledgement', async () => {
    const ack = await suite.fake.socket.deliver(
      'slash_commands',
      slashCommand({ text: 'next', responseUrl: suite.fake.responseUrl('s1') }),
    );
    expect(ack.response_type).toBe('ephemeral');
    const blocks = ack.blocks as { type: string }[];
    expect(blocks[0]?.type).toBe('header');
    expect(typeof ack.text).toBe('string');
    expect(suite.fake.responses).toEqual([]);
  });

  it('runs a subscription command for the channel it was typed in', async () => {
    const fields = slashCommand({
      text: 'subscribe digest daily 08:00 Asia/Tokyo',
      channel: 'C0SOCKET',
      responseUrl: suite.fake.responseUrl('s2'),
    });
    const ack = await suite.fake.socket.deliver('slash_commands', fields);
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
    await suite.fake.socket.deliver('events_api', eventCallback(event));
    const post = await suite.fake.waitFor(() =>
      suite.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts),
    );
    expect(post.params.channel).toBe('C0GENERAL');
  });

  it('reconnects when Slack sends disconnect, and keeps answering', async () => {
    suite.fake.socket.disconnectAll();
    await suite.fake.waitFor(
      () => suite.fake.callsTo('apps.connections.open').length === 2 && suite.fake.socket.open === 1,
      5000,
    );
    await suite.fake.waitFor(() => suite.started.service.ready());
    const ack = await suite.fake.socket.deliver(
      'slash_commands',
      slashCommand({ text: 'sectors', responseUrl: suite.fake.responseUrl('s3') }),
    );
    expect(ack.response_type).toBe('ephemeral');
  });
});
