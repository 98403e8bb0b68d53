import { describe, expect, it } from 'vitest';
import { eventCallback, messageTs } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import { SECRET, slackSuite } from './harness.js';

describe('Slack follow-ups: one conversation per thread or DM, and per person', () => {
  const suite = slackSuite();
  const send = (event: Record<string, unknown>) =>
    postSigned(suite.started.eventsUrl, SECRET, { json: eventCallback(event) });
  /** Sends a message and returns the text of the bot's reply to it. */
  const turn = async (channel: string, user: string, text: string, thread?: string) => {
    const ts = messageTs();
    const before = suite.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel).length;
    const event = channel.startsWith('D')
      ? {
          type: 'message',
          channel_type: 'im',
          user,
          text,
          ts,
          channel,
          ...(thread ? { thread_ts: thread } : {}),
        }
      : {
          type: 'app_mention',
          user,
          text: `<@U0BOT> ${text}`,
          ts,
          channel,
          ...(thread ? { thread_ts: thread } : {}),
        };
    expect((await send(event)).status).toBe(200);
    const post = await suite.fake.waitFor(
      () => suite.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel)[before],
    );
    return { ts, text: JSON.stringify(post.params) };
  };

  it('reads a follow-up in the thread it started, for the person who asked', async () => {
    const first = await turn('C0FOLLOW', 'U0ALICE', 'list the first tranche projects');
    expect(first.text).toContain('Deepwater port');
    // Bob in the same thread, and Alice at the top of the channel, start afresh.
    expect((await turn('C0FOLLOW', 'U0BOB', 'what about the 2nd one', first.ts)).text).not.toContain(
      '$2.1 billion',
    );
    expect((await turn('C0FOLLOW', 'U0ALICE', 'what about the 2nd one')).text).not.toContain('$2.1 billion');
    expect((await turn('C0FOLLOW', 'U0ALICE', 'what about the 2nd one', first.ts)).text).toContain(
      '$2.1 billion',
    );
  });

  it('keeps a DM as one conversation, apart from another DM', async () => {
    await turn('D0ALICE2', 'U0ALICE', 'list the first tranche projects');
    expect((await turn('D0BOB2', 'U0BOB', 'what about the 2nd one')).text).not.toContain('$2.1 billion');
    expect((await turn('D0ALICE2', 'U0ALICE', 'what about the 2nd one')).text).toContain('$2.1 billion');
  });
});
