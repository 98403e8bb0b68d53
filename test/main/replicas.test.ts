import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { eventCallback, form, slashCommand } from '../fakes/slack/payloads.js';
import { postSigned } from '../fakes/slack/signer.js';
import { freshDatabase } from '../pg/database.js';
import { BotProcess } from './bot-process.js';

const BOT_TOKEN = 'xoxb-test-0000-replicas-not-a-real-token';
const SIGNING_SECRET = 'test-signing-secret-replicas-0123456789';
const DB_PASSWORD = 'db-password-replicas-not-real';

let fake: FakeSlack;
const children: BotProcess[] = [];
beforeEach(async () => {
  fake = await FakeSlack.start([BOT_TOKEN]);
});
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  await fake.stop();
});

/** `npm start` replicas on one DATABASE_URL (the test server trusts loopback, so the password is only for redaction). */
function replica(databaseUrl: string): BotProcess {
  const child = new BotProcess({
    env: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
    },
  });
  children.push(child);
  return child;
}

describe('npm start replicas sharing one DATABASE_URL', () => {
  it('both start, share subscriptions, answer a retried event once between them, and never log the URL', async () => {
    const url = new URL(await freshDatabase());
    url.password = DB_PASSWORD;
    const [a, b] = [replica(url.toString()), replica(url.toString())];
    const [portA, portB] = await Promise.all([a.port(), b.port()]);
    await Promise.all([a.waitForLog(/deal-bot started/), b.waitForLog(/deal-bot started/)]);
    for (const port of [portA, portB]) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(await ready.json()).toMatchObject({ ready: true, checks: { store: true } });
    }
    const events = (port: number) => `http://127.0.0.1:${port}/slack/events`;

    const subscribe = form(
      slashCommand({ text: 'subscribe reminders', channel: 'C0SHARED', responseUrl: fake.responseUrl('s') }),
    );
    expect((await postSigned(events(portA), SIGNING_SECRET, { form: subscribe })).status).toBe(200);
    const list = form(
      slashCommand({ text: 'subscriptions', channel: 'C0SHARED', responseUrl: fake.responseUrl('l') }),
    );
    const listed = await postSigned(events(portB), SIGNING_SECRET, { form: list });
    expect(listed.text).toContain("This channel's scheduled posts");
    expect(listed.text).toContain('Reminders: 7 days before');

    // Slack retries an event; the retry lands on the other replica: one reply in total.
    const mention = eventCallback(
      {
        type: 'app_mention',
        user: 'U0ALICE',
        text: '<@U0BOT> projects',
        channel: 'C0RETRY',
        ts: '1700000000.000500',
      },
      'Ev0RETRIED',
    );
    expect((await postSigned(events(portA), SIGNING_SECRET, { json: mention })).status).toBe(200);
    expect((await postSigned(events(portB), SIGNING_SECRET, { json: mention }, { retryNum: 1 })).status).toBe(
      200,
    );
    await fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.params.channel === 'C0RETRY'));
    await b.waitForLog(/duplicate event ignored/);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0RETRY')).toHaveLength(1);

    a.signal('SIGTERM');
    b.signal('SIGTERM');
    expect(await a.exited).toEqual({ code: 0, signal: null });
    expect(await b.exited).toEqual({ code: 0, signal: null });
    for (const c of [a, b]) {
      expect(c.stderr).not.toContain(DB_PASSWORD);
      expect(c.stderr).not.toContain(BOT_TOKEN);
    }
  });
});
