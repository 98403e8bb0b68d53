import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackService, type SlackService } from '../../../src/adapters/slack/service.js';
import { Bot } from '../../../src/app/bot.js';
import { createSubscriptionService } from '../../../src/app/subscription-service.js';
import { createScheduler, type Scheduler } from '../../../src/scheduling/scheduler.js';
import { openStateStore } from '../../../src/store/file-store.js';
import type { DocumentStateStore } from '../../../src/store/memory-store.js';
import { pmVisitOn, swappableEngines } from '../../core/schedule/facts.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { eventCallback, form, slashCommand } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import { memoryLogger, SECRET } from './harness.js';

/**
 * Slack in many workspaces: two workspaces install the app through Bolt's installer against a fake of
 * Slack's OAuth (oauth.v2.access) and Web API on 127.0.0.1; then each workspace's replies and
 * scheduled posts go out with its own token, a workspace that never installed gets nothing, and
 * `app_uninstalled` stops a workspace's posts.
 */

const CLIENT = { id: '1111.2222', secret: 'client-secret-not-real' };
const TOKENS = { TA: 'xoxb-team-a-token-not-real', TB: 'xoxb-team-b-token-not-real' };

describe('Slack OAuth: many workspaces', () => {
  let fake: FakeSlack;
  let service: SlackService;
  let store: DocumentStateStore;
  let scheduler: Scheduler;
  let origin = '';
  let statePath = '';
  const log = memoryLogger();
  let now = new Date('2026-02-01T12:00:00Z');

  beforeAll(async () => {
    fake = await FakeSlack.start([]);
    fake.oauthClient = CLIENT;
    statePath = join(mkdtempSync(join(tmpdir(), 'deal-bot-oauth-')), 'state.json');
    store = await openStateStore(statePath);
    const engines = swappableEngines(pmVisitOn('2026-03-10'));
    const clock = () => now;
    const subscriptions = createSubscriptionService({
      store,
      defaultTimeZone: 'America/New_York',
      defaultLang: 'en',
      engines,
    });
    service = createSlackService({
      config: {
        mode: 'http',
        signingSecret: SECRET,
        apiUrl: fake.apiUrl,
        oauth: {
          clientId: CLIENT.id,
          clientSecret: CLIENT.secret,
          stateSecret: 'state-secret-for-tests-only',
          encryptionKey: randomBytes(32),
        },
      },
      bot: new Bot({ engines, clock, subscriptions }),
      logger: log.logger,
      subscriptions,
      store,
      port: 0,
      host: '127.0.0.1',
    });
    await service.start();
    origin = `http://127.0.0.1:${service.address()?.port ?? 0}`;
    scheduler = createScheduler({
      store,
      engines,
      posters: [service.poster],
      clock,
      logger: log.logger,
      cron: false,
    });
  });
  afterAll(async () => {
    await service.stop();
    await store.close();
    await fake.stop();
  });

  /** The browser's path: /slack/install → Slack's consent (faked) → /slack/oauth_redirect with code and state. */
  async function install(team: keyof typeof TOKENS): Promise<Response> {
    const start = await fetch(`${origin}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const consent = new URL(start.headers.get('location') ?? '');
    expect(consent.searchParams.get('client_id')).toBe(CLIENT.id);
    const state = consent.searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const code = `code-${team}`;
    fake.grant(code, team, TOKENS[team]);
    return fetch(`${origin}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: 'manual',
    });
  }

  const events = () => `${origin}/slack/events`;
  const postsTo = (channel: string) =>
    fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  it('installs two workspaces through /slack/install and /slack/oauth_redirect, keeping tokens sealed', async () => {
    expect((await install('TA')).status).toBe(200);
    expect((await install('TB')).status).toBe(200);
    expect(Object.keys(store.read().installations).sort()).toEqual(['TA', 'TB']);
    const file = readFileSync(statePath, 'utf8');
    expect(file).not.toContain('xoxb-');
    expect(file).toMatch(/"sealed":"v1\./);
    expect(JSON.stringify(log.lines())).not.toContain('xoxb-');
  });

  it('refuses a redirect whose state it did not issue, storing nothing', async () => {
    fake.grant('code-forged', 'TX', 'xoxb-forged');
    const res = await fetch(`${origin}/slack/oauth_redirect?code=code-forged&state=forged`, {
      redirect: 'manual',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(store.read().installations).sort()).toEqual(['TA', 'TB']);
  });

  it("answers each workspace's mention with that workspace's token", async () => {
    for (const [team, channel] of [
      ['TA', 'CA'],
      ['TB', 'CB'],
    ] as const) {
      const event = {
        type: 'app_mention',
        user: 'U0ALICE',
        text: '<@U0BOT> when is the PM visit?',
        channel,
        ts: '1700000000.000100',
      };
      const res = await postSigned(events(), SECRET, { json: eventCallback(event, `Ev-${team}`, team) });
      expect(res.status).toBe(200);
      const reply = await fake.waitFor(() => postsTo(channel)[0]);
      expect(reply.token).toBe(TOKENS[team]);
    }
  });

  it("subscribes channels in both workspaces and posts each reminder with that workspace's token", async () => {
    for (const [team, channel] of [
      ['TA', 'CA'],
      ['TB', 'CB'],
    ] as const) {
      const body = form(
        slashCommand({ text: 'subscribe reminders', team, channel, responseUrl: fake.responseUrl(team) }),
      );
      expect((await postSigned(events(), SECRET, { form: body })).status).toBe(200);
    }
    expect(
      store
        .read()
        .subscriptions.map((s) => s.id)
        .sort(),
    ).toEqual(['slack:TA:CA', 'slack:TB:CB']);
    const before = fake.callsTo('chat.postMessage').length;
    now = new Date('2026-03-03T14:00:00Z');
    const report = await scheduler.tick(now);
    expect(report).toMatchObject({ due: 2, sent: 2 });
    const posts = fake.callsTo('chat.postMessage').slice(before);
    expect(posts.map((p) => [p.params.channel, p.token]).sort()).toEqual([
      ['CA', TOKENS.TA],
      ['CB', TOKENS.TB],
    ]);
  });

  it('gives a workspace that never installed nothing, and stays up', async () => {
    const calls = fake.calls.length;
    const body = form(
      slashCommand({
        text: 'subscribe reminders',
        team: 'TC',
        channel: 'CC',
        responseUrl: fake.responseUrl('TC'),
      }),
    );
    const res = await postSigned(events(), SECRET, { form: body });
    expect(res.status).toBeLessThan(500);
    const mention = {
      type: 'app_mention',
      user: 'U0EVE',
      text: '<@U0BOT> hi',
      channel: 'CC',
      ts: '1700000000.000200',
    };
    await postSigned(events(), SECRET, { json: eventCallback(mention, 'Ev-TC', 'TC') });
    expect(fake.calls.slice(calls)).toEqual([]);
    expect(fake.responses.filter((r) => r.id === 'TC')).toEqual([]);
    expect(store.read().subscriptions.map((s) => s.id)).not.toContain('slack:TC:CC');
    // Still serving the installed workspaces.
    const ok = {
      type: 'app_mention',
      user: 'U0ALICE',
      text: '<@U0BOT> who',
      channel: 'CA2',
      ts: '1700000000.000300',
    };
    await postSigned(events(), SECRET, { json: eventCallback(ok, 'Ev-TA-2', 'TA') });
    expect((await fake.waitFor(() => postsTo('CA2')[0])).token).toBe(TOKENS.TA);
  });

  it("forgets a workspace on app_uninstalled and stops its posts; the other's go on", async () => {
    const res = await postSigned(events(), SECRET, {
      json: eventCallback({ type: 'app_uninstalled' }, 'Ev-uninstall-TA', 'TA'),
    });
    expect(res.status).toBe(200);
    await fake.waitFor(
      () => store.read().subscriptions.find((s) => s.id === 'slack:TA:CA')?.status === 'failing',
    );
    expect(Object.keys(store.read().installations)).toEqual(['TB']);
    expect(store.read().subscriptions.find((s) => s.id === 'slack:TA:CA')).toMatchObject({
      status: 'failing',
      failure: { reason: 'app_uninstalled' },
    });
    const before = fake.callsTo('chat.postMessage').length;
    now = new Date('2026-03-09T14:00:00Z');
    await scheduler.tick(now);
    const posts = fake.callsTo('chat.postMessage').slice(before);
    expect(posts.map((p) => [p.params.channel, p.token])).toEqual([['CB', TOKENS.TB]]);
  });

  it('forgets a workspace whose bot token was revoked', async () => {
    const res = await postSigned(events(), SECRET, {
      json: eventCallback({ type: 'tokens_revoked', tokens: { bot: ['U0BOT'] } }, 'Ev-revoke-TB', 'TB'),
    });
    expect(res.status).toBe(200);
    await fake.waitFor(() => !store.read().installations.TB);
    expect(store.read().installations).toEqual({});
  });
});
