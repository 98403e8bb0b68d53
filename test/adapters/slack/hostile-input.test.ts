import { describe, expect, it } from 'vitest';
import { encodeShare } from '../../../src/adapters/slack/action-ids.js';
import { buttonClick, eventCallback, form, messageTs, slashCommand } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import { PING_TOKEN, SECRET, slackSuite } from './harness.js';

/** Everything a user could type to make a bot ping people, as Slack delivers it (tokens raw, literal text escaped). */
const HOSTILE = [
  '<!channel> <!here> <!everyone> <!subteam^S0DEVS|@devs> <@U0BOSS> <@W0BOSS|boss>',
  '&lt;!channel&gt; &lt;!here|here&gt; &lt;@U0BOSS&gt;',
  '<<!here>!channel> @channel @here @everyone',
  '\u0000\u0007\u202E <!channel>',
];

describe('hostile input never pings', () => {
  const suite = slackSuite();
  const _subs = suite.subs;
  const acks: string[] = [];

  const signed = async (body: { form: string } | { json: unknown }) => {
    const res = await postSigned(suite.started.eventsUrl, SECRET, body);
    expect(res.status).toBe(200);
    acks.push(res.text);
    return res;
  };

  it('sends no ping token to Slack from any entry point', async () => {
    for (const [i, text] of HOSTILE.entries()) {
      const responseUrl = suite.fake.responseUrl(`h${i}`);
      for (const t of [
        text,
        `who is ${text}`,
        `ask ${text}`,
        `subscribe ${text}`,
        `subscribe digest ${text} Asia/Tokyo`,
      ]) {
        await signed({ form: form(slashCommand({ text: t, responseUrl })) });
      }
      await signed({
        json: eventCallback({
          type: 'app_mention',
          user: 'U0ALICE',
          text: `<@U0BOT> ${text}`,
          ts: messageTs(),
          channel: 'C0H',
        }),
      });
      await signed({
        json: eventCallback({
          type: 'message',
          channel_type: 'im',
          user: 'U0ALICE',
          text,
          ts: messageTs(),
          channel: 'D0H',
        }),
      });
      for (const [actionId, value] of [
        ['deal_followup_0', text],
        ['deal_share', encodeShare({ question: text, lang: 'en' })],
        ['deal_share', JSON.stringify({ q: text, l: 'en' })],
      ]) {
        await signed({
          form: form({
            payload: JSON.stringify(
              buttonClick({ actionId: actionId ?? '', value: value ?? '', responseUrl }),
            ),
          }),
        });
      }
    }
    await signed({
      json: eventCallback({
        type: 'app_home_opened',
        user: 'U0ALICE',
        channel: 'D0H',
        tab: 'home',
        event_ts: '1.2',
      }),
    });
    // Every reply went out: two posts per round (mention, DM), and the Home tab.
    await suite.fake.waitFor(
      () =>
        suite.fake.callsTo('chat.postMessage').length >= HOSTILE.length * 2 &&
        suite.fake.callsTo('views.publish').length === 1,
    );
    await suite.fake.waitFor(() => suite.fake.responses.length >= HOSTILE.length * 4);
    // The in-memory store echoes words it does not understand, as a real one might.
    expect(acks.join('\n')).toContain("I don't understand");
    expect(acks.join('\n')).not.toMatch(PING_TOKEN);
    expect(suite.fake.everythingReceived()).not.toMatch(PING_TOKEN);
    expect(suite.fake.everythingReceived()).not.toMatch(/"link_names"/);
    expect(suite.fake.refused()).toEqual([]);
  });
});
