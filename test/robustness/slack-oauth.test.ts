import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackService, type SlackService } from '../../src/adapters/slack/service.js';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { opsRoutes } from '../../src/ops/routes.js';
import { createMemoryStore, type DocumentStateStore } from '../../src/store/memory-store.js';
import { makeBot, memoryLogger, SECRET } from '../adapters/slack/harness.js';
import { head, rawRequest } from '../fakes/raw-http.js';
import { FAKE_TEAM, FakeSlack } from '../fakes/slack/fake-slack.js';
import { form, slashCommand } from '../fakes/slack/payloads.js';
import { postSigned } from '../fakes/slack/signer.js';
import { SubscriptionTwin } from '../fakes/subscription-twin.js';
import { type Keys, request, wire } from './arbitraries.js';

/**
 * Issue #10's request boundary in Slack OAuth mode (issue #14): Bolt's receiver also serves the
 * installer's routes, /slack/install and /slack/oauth_redirect. Generated requests of every kind, and
 * generated installation redirects (codes, states, cookies, errors, Host headers), against the real
 * Bolt installer with a fake of Slack's OAuth on 127.0.0.1. After every case: nothing escaped, nothing
 * answered 5xx, a target that is not a URL got 400, nothing was installed, and the bot still answers.
 */

const RUNS = 40;
const CLIENT = { id: '1111.2222', secret: 'client-secret-not-real' };
const INSTALLED_TOKEN = 'xoxb-installed-team-not-real';
const escaped: unknown[] = [];
const onEscape = (error: unknown) => escaped.push(error);

let fake: FakeSlack;
let service: SlackService;
let store: DocumentStateStore;
let keys: Keys;
const log = memoryLogger();
const port = () => service.address()?.port ?? 0;
const origin = () => `http://127.0.0.1:${port()}`;

/** The browser's first step: the consent URL's state and the state cookie set with it. */
async function startInstall(): Promise<{ state: string; cookie: string }> {
  const start = await fetch(`${origin()}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const consent = new URL(start.headers.get('location') ?? '');
  return {
    state: consent.searchParams.get('state') ?? '',
    cookie: (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
  };
}

beforeAll(async () => {
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
  fake = await FakeSlack.start([]);
  fake.oauthClient = CLIENT;
  store = createMemoryStore();
  const subs = new SubscriptionTwin();
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
    bot: await makeBot(subs),
    logger: log.logger,
    subscriptions: subs,
    store,
    port: 0,
    host: '127.0.0.1',
    customRoutes: opsRoutes({
      readiness: () => ({ ready: true, stopping: false, checks: {} }),
      metrics: createPrometheusMetrics({ processMetrics: false }),
    }),
  });
  await service.start();
  // The workspace the generated slash commands come from has installed the app.
  const { state, cookie } = await startInstall();
  fake.grant('code-installed', FAKE_TEAM, INSTALLED_TOKEN);
  const done = await fetch(`${origin()}/slack/oauth_redirect?code=code-installed&state=${state}`, {
    headers: { cookie },
    redirect: 'manual',
  });
  expect(done.status).toBe(200);
  keys = {
    slackSecret: SECRET,
    // Discord-scheme requests only need some key: this receiver has no Discord route.
    discordKey: generateKeyPairSync('ed25519').privateKey,
    slackNow: () => Math.floor(Date.now() / 1000),
    discordNow: () => Math.floor(Date.now() / 1000),
  };
}, 30_000);

afterAll(async () => {
  await service?.stop();
  await fake?.stop();
  process.off('unhandledRejection', onEscape);
  process.off('uncaughtException', onEscape);
});

function pathOf(target: string): string | null {
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return null;
  }
}

async function expectStillServing(): Promise<void> {
  expect((await fetch(`${origin()}/healthz`)).status).toBe(200);
  expect((await fetch(`${origin()}/slack/install`, { redirect: 'manual' })).status).toBe(302);
  const command = form(slashCommand({ text: 'projects', responseUrl: fake.responseUrl('ok') }));
  expect((await postSigned(`${origin()}/slack/events`, SECRET, { form: command })).status).toBe(200);
  expect(Object.keys(store.read().installations)).toEqual([FAKE_TEAM]);
  expect(escaped).toEqual([]);
}

const text = fc.string({ maxLength: 60 });
const query = fc
  .record(
    {
      code: fc.oneof(text, fc.constantFrom('code-never-granted', '')),
      state: fc.oneof(text, fc.constant('v1.forged')),
      error: fc.constantFrom('access_denied', 'invalid_scope', ''),
      other: text,
    },
    { requiredKeys: [] },
  )
  .map((q) => new URLSearchParams(q as Record<string, string>).toString());

/** Installation requests: either path, any query, with no cookie, a forged one, or a real state's. */
const installRequest = fc.record({
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST'),
  path: fc.constantFrom('/slack/install', '/slack/oauth_redirect', '/slack/oauth_redirect/'),
  query: fc.oneof(query, fc.constantFrom('%', 'code=%zz&state=%', 'a=1&a=2')),
  cookie: fc.constantFrom('none', 'forged', 'real-state', 'real-state-wrong-param'),
  host: fc.constantFrom('127.0.0.1', '[x', 'a:b:c', 'example.com:99999', '%', ''),
});

describe("Bolt's HTTP receiver with Slack OAuth (installer routes beside /slack/events)", () => {
  it('survives generated requests: no 5xx, no escaped error, 401 unless signed, still answering', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const reply = await rawRequest(port(), wire(r, keys), { waitMs: 4000 });
        if (reply.status !== null) expect(reply.status).toBeLessThan(500);
        const path = r.method === 'POST' ? pathOf(r.target) : null;
        const sslCheck =
          r.signing === 'none' &&
          r.contentType === 'application/x-www-form-urlencoded' &&
          new URLSearchParams(r.body.toString('utf8')).get('ssl_check') === '1';
        if (path === '/slack/events' && !(r.scheme === 'slack' && r.signing === 'valid'))
          expect(reply.status).toBe(sslCheck ? 200 : 401);
        if (pathOf(r.target) === null) expect(reply.status).toBe(400);
        await expectStillServing();
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('survives generated installation redirects: 4xx for each, nothing installed, still answering', async () => {
    await fc.assert(
      fc.asyncProperty(installRequest, async (r) => {
        const real = r.cookie.startsWith('real') ? await startInstall() : undefined;
        let target = `${r.path}?${r.query}`;
        if (real && r.cookie === 'real-state')
          target = `${r.path}?code=code-never-granted&state=${real.state}`;
        const cookie =
          r.cookie === 'forged' ? 'slack-app-oauth-state=v1.forged' : r.cookie === 'none' ? '' : real?.cookie;
        const reply = await rawRequest(
          port(),
          head(`${r.method} ${target} HTTP/1.1`, {
            host: r.host,
            connection: 'close',
            ...(cookie ? { cookie } : {}),
          }),
          { waitMs: 4000 },
        );
        expect(reply.status).not.toBeNull();
        expect(reply.status).toBeLessThan(500);
        if (r.method === 'GET' && r.path === '/slack/oauth_redirect') {
          expect(reply.status).toBe(400);
          if (real) expect(reply.text).not.toContain(real.state);
        }
        await expectStillServing();
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('says what to do when Slack refuses the code, the user cancelled, or the Host is not a host', async () => {
    const { state, cookie } = await startInstall();
    const refused = await fetch(`${origin()}/slack/oauth_redirect?code=code-never-granted&state=${state}`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(
      /Slack refused the authorization code \(invalid_code\).*\nWhat to do: open \/slack\/install again/,
    );
    const cancelled = await fetch(`${origin()}/slack/oauth_redirect?error=access_denied`, {
      redirect: 'manual',
    });
    expect(cancelled.status).toBe(400);
    expect(await cancelled.text()).toContain('cancelled on Slack');
    const badHost = await rawRequest(
      port(),
      head('GET /slack/oauth_redirect?code=a&state=b HTTP/1.1', { host: '[x', connection: 'close' }),
    );
    expect(badHost.status).toBe(400);
    expect(log.lines().some((l) => String(l.msg).includes('installation not completed'))).toBe(true);
    await expectStillServing();
  });
});
