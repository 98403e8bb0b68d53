import { describe, expect, it } from 'vitest';
import { eventCallback, messageTs } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import { SECRET, slackSuite } from './harness.js';

describe('Slack mentions and direct messages (HTTP mode)', () => {
  const suite = slackSuite();
  const subs = suite.subs;
  const log = suite.log;

  const send = (event: Record<string, unknown>, eventId?: string, retryNum?: number) =>
    postSigned(
      suite.started.eventsUrl,
      SECRET,
      { json: eventCallback(event, eventId) },
      retryNum === undefined ? {} : { retryNum },
    );
  const postsIn = (channel: string) =>
    suite.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
  /** Lets the bot finish anything it might still send. */
  const settle = () => new Promise((r) => setTimeout(r, 150));

  it('answers a mention inside a thread, in that thread, without the bot mention in the question', async () => {
    const threadTs = messageTs();
    const ts = messageTs();
    const event = {
      type: 'app_mention',
      user: 'U0ALICE',
      text: '<@U0BOT> what are the projects?',
      ts,
      thread_ts: threadTs,
      channel: 'C0THREAD',
    };
    expect((await send(event)).status).toBe(200);
    const post = await suite.fake.waitFor(() => postsIn('C0THREAD')[0]);
    expect(post.params.thread_ts).toBe(threadTs);
    expect(post.params.link_names).toBeUndefined();
    expect(JSON.stringify(post.params.blocks)).toContain('reported, not confirmed');
  });

  it('starts a thread under a top-level mention', async () => {
    const ts = messageTs();
    await send({
      type: 'app_mention',
      user: 'U0ALICE',
      text: '<@U0BOT|deal-bot> next',
      ts,
      channel: 'C0TOP',
    });
    const post = await suite.fake.waitFor(() => postsIn('C0TOP')[0]);
    expect(post.params.thread_ts).toBe(ts);
  });

  it('answers a direct message in the DM, not in a thread', async () => {
    const ts = messageTs();
    await send({
      type: 'message',
      channel_type: 'im',
      user: 'U0ALICE',
      text: 'who is Lutnick?',
      ts,
      channel: 'D0ALICE',
    });
    const post = await suite.fake.waitFor(() => postsIn('D0ALICE')[0]);
    expect(post.params.thread_ts).toBeUndefined();
    expect(typeof post.params.text).toBe('string');
  });

  it("ignores the bot's own messages, other bots and message subtypes", async () => {
    await send({
      type: 'message',
      channel_type: 'im',
      user: 'U0BOT',
      text: 'projects',
      ts: messageTs(),
      channel: 'D0SELF',
    });
    await send({
      type: 'message',
      channel_type: 'im',
      bot_id: 'B0OTHER',
      user: 'U0OTHERBOT',
      text: 'projects',
      ts: messageTs(),
      channel: 'D0SELF',
    });
    await send({
      type: 'message',
      subtype: 'message_changed',
      channel_type: 'im',
      user: 'U0ALICE',
      ts: messageTs(),
      channel: 'D0SELF',
    });
    await send({
      type: 'message',
      channel_type: 'channel',
      user: 'U0ALICE',
      text: 'projects',
      ts: messageTs(),
      channel: 'C0PLAIN',
    });
    await settle();
    expect(postsIn('D0SELF')).toEqual([]);
    expect(postsIn('C0PLAIN')).toEqual([]);
  });

  it('replies once to an event Slack retries (X-Slack-Retry-Num), and once to one message delivered as two events', async () => {
    const ts = messageTs();
    const event = { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> sectors', ts, channel: 'C0RETRY' };
    expect((await send(event, 'EvRETRY1')).status).toBe(200);
    expect((await send(event, 'EvRETRY1', 1)).status).toBe(200);
    expect((await send(event, 'EvRETRY1', 2)).status).toBe(200);
    // The same message seen again under another event id (e.g. app_mention and message.im for one DM).
    await send({ ...event, type: 'message', channel_type: 'im' }, 'EvOTHER');
    await suite.fake.waitFor(() => postsIn('C0RETRY')[0]);
    await settle();
    expect(postsIn('C0RETRY')).toHaveLength(1);
  });

  it('routes a subscription command in a mention to the channel', async () => {
    await send({
      type: 'app_mention',
      user: 'U0ALICE',
      text: '<@U0BOT> subscribe reminders',
      ts: messageTs(),
      channel: 'C0SUBS',
    });
    await suite.fake.waitFor(() => postsIn('C0SUBS')[0]);
    expect(subs.byKey.has('slack:T0TEST:C0SUBS')).toBe(true);
  });

  it('apologises with a reference id when handling fails, logs the details, and keeps answering', async () => {
    subs.failWith = new Error('state file is corrupt');
    try {
      await send({
        type: 'app_mention',
        user: 'U0ALICE',
        text: '<@U0BOT> subscriptions',
        ts: messageTs(),
        channel: 'C0FAIL',
      });
      const apology = await suite.fake.waitFor(() => postsIn('C0FAIL')[0]);
      const ref = /reference ([0-9A-F]{8})/.exec(String(apology.params.text))?.[1];
      expect(ref).toBeDefined();
      expect(String(apology.params.text)).not.toContain('corrupt');
      const logged = log.lines().find((l) => l.ref === ref);
      expect(JSON.stringify(logged)).toContain('state file is corrupt');
    } finally {
      subs.failWith = undefined;
    }
    await send({
      type: 'app_mention',
      user: 'U0ALICE',
      text: '<@U0BOT> projects',
      ts: messageTs(),
      channel: 'C0AFTER',
    });
    await suite.fake.waitFor(() => postsIn('C0AFTER')[0]);
    expect(suite.started.service.ready()).toBe(true);
  });
});
