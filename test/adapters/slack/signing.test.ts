import { verifySlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { slackSignature } from '../../fakes/slack/signer.js';

/** Slack's documented example ("Verifying requests from Slack"). */
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = 1531420618;
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

describe("Slack's documented signing example", () => {
  it('our test signer produces the documented signature', () => {
    expect(slackSignature(SECRET, TIMESTAMP, BODY)).toBe(SIGNATURE);
  });

  it("Bolt's verifier (the one our receiver runs) accepts it at that time and rejects a changed body", () => {
    const headers = { 'x-slack-signature': SIGNATURE, 'x-slack-request-timestamp': TIMESTAMP };
    const at = TIMESTAMP * 1000;
    expect(() =>
      verifySlackRequest({ signingSecret: SECRET, body: BODY, headers, nowMilliseconds: at }),
    ).not.toThrow();
    expect(() =>
      verifySlackRequest({ signingSecret: SECRET, body: `${BODY}x`, headers, nowMilliseconds: at }),
    ).toThrow(/signature mismatch/);
    expect(() =>
      verifySlackRequest({ signingSecret: SECRET, body: BODY, headers, nowMilliseconds: at + 6 * 60_000 }),
    ).toThrow(/stale/);
  });
});
