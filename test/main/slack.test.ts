import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { form, slashCommand } from '../fakes/slack/payloads.js';
import { postSigned } from '../fakes/slack/signer.js';
import { BotProcess } from './bot-process.js';
import { expectedAnswer } from './expected.js';

// Obviously fake, but long and unique, so a leak anywhere in the logs is found by substring.
const BOT_TOKEN = 'xoxb-test-0000-main-process-not-a-real-token';
const SIGNING_SECRET = 'test-signing-secret-main-process-0123456789';

let fake: FakeSlack;
const children: BotProcess[] = [];
beforeEach(async () => {
  fake = await FakeSlack.start([BOT_TOKEN]);
});
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  await fake.stop();
});

function startSlack(env: Record<string, string> = {}): BotProcess {
  const child = new BotProcess({
    env: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'trace',
      ...env,
    },
  });
  children.push(child);
  return child;
}

function expectNoSecrets(text: string): void {
  expect(text).not.toContain(BOT_TOKEN);
  expect(text).not.toContain(SIGNING_SECRET);
  expect(text).not.toContain(encodeURIComponent(SIGNING_SECRET));
}

describe('npm start with Slack credentials (HTTP mode)', () => {
  it('serves /slack/events and the ops routes on ONE port, never logs its secrets, and stops on SIGTERM', async () => {
    const child = startSlack();
    const port = await child.port();
    await child.waitForLog(/deal-bot started/);
    expect(child.stdout).toBe(''); // no console, no "no credentials" line
    expect(child.logs().some((l) => /ops server listening/.test(String(l.msg)))).toBe(false);
    expect(fake.callsTo('auth.test').length).toBeGreaterThan(0);

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { factbase: true, slack: true } });

    const command = form(slashCommand({ text: 'projects', responseUrl: fake.responseUrl('r1') }));
    const answered = await postSigned(`${base}/slack/events`, SIGNING_SECRET, { form: command });
    expect(answered.status).toBe(200);
    const expected = await expectedAnswer('projects');
    for (const item of expected.items) expect(answered.text).toContain(item.label.split(':')[0]);
    const forged = await postSigned(`${base}/slack/events`, 'not-the-secret', { form: command });
    expect(forged.status).toBe(401);

    // Asked again: served from Slack's answer cache, and still counted (the metrics reach the adapter).
    const again = form(slashCommand({ text: 'projects', responseUrl: fake.responseUrl('r2') }));
    expect((await postSigned(`${base}/slack/events`, SIGNING_SECRET, { form: again })).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      new RegExp(`dealbot_answers_total\\{kind="${expected.kind}",platform="slack"\\} 2`),
    );

    child.signal('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.logs().map((l) => l.msg)).toEqual(expect.arrayContaining(['slack: stopped', 'stopped']));
    expectNoSecrets(child.stderr + child.stdout);
  });

  it('a rejected token stops the start with exit 1 and a fix, still without printing the token', async () => {
    const child = startSlack({ SLACK_BOT_TOKEN: 'xoxb-test-9999-revoked-token-value' });
    expect((await child.exited).code).toBe(1);
    expect(child.stderr).toMatch(
      /deal-bot: slack failed to start: Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/,
    );
    expect(child.stderr).not.toContain('xoxb-test-9999-revoked-token-value');
    expectNoSecrets(child.stderr);
  });
});
