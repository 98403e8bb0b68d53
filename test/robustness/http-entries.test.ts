import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpRoute } from '../../src/lifecycle/service.js';
import { createHttpService, type HttpService } from '../../src/ops/http-service.js';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { opsRoutes } from '../../src/ops/routes.js';
import { type Harness, NOW, startHarness } from '../adapters/discord/harness.js';
import { makeBot, memoryLogger, SECRET, type Started, startSlack } from '../adapters/slack/harness.js';
import { discordSigner } from '../fakes/discord/signer.js';
import { rawRequest } from '../fakes/raw-http.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { form, slashCommand } from '../fakes/slack/payloads.js';
import { postSigned } from '../fakes/slack/signer.js';
import { SubscriptionTwin } from '../fakes/subscription-twin.js';
import { type GeneratedRequest, type Keys, request, wire } from './arbitraries.js';

/**
 * Issue #10: generated request targets, headers and bodies (Slack's JSON and forms, every interaction
 * type Discord sends, JSON of any shape, raw bytes; signed, unsigned, stale, from the future, forged)
 * against each HTTP entry point, with the real Bolt and the real Discord service behind it. After every
 * case: nothing escaped as an unhandled error, nothing answered 5xx, an unsigned request to a signed
 * endpoint got 401, and a valid request is still answered.
 */

const RUNS = 40;
const signer = discordSigner();
const escaped: unknown[] = [];
const onEscape = (error: unknown) => escaped.push(error);

let discord: Harness;
let slackFake: FakeSlack;
let slack: Started;
let ops: HttpService;
let keys: Keys;
const slackLog = memoryLogger();
const opsLog = memoryLogger();

beforeAll(async () => {
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
  discord = await startHarness({ publicKey: signer.publicKeyHex });
  const interactions = discord.service.interactionsRoute as HttpRoute;
  const routes = (): HttpRoute[] => [
    ...opsRoutes({
      readiness: () => ({ ready: true, stopping: false, checks: {} }),
      metrics: createPrometheusMetrics({ processMetrics: false }),
    }),
    interactions,
  ];
  slackFake = await FakeSlack.start();
  slack = await startSlack({
    fake: slackFake,
    mode: 'http',
    bot: await makeBot(new SubscriptionTwin()),
    logger: slackLog.logger,
    customRoutes: routes(),
  });
  ops = createHttpService({ port: 0, host: '127.0.0.1', routes: routes(), logger: opsLog.logger });
  await ops.start();
  keys = {
    slackSecret: SECRET,
    discordKey: signer.privateKey,
    slackNow: () => Math.floor(Date.now() / 1000),
    discordNow: () => Math.floor(NOW.getTime() / 1000),
  };
}, 30_000);

afterAll(async () => {
  await ops?.stop();
  await slack?.service.stop();
  await slackFake?.stop();
  await discord?.close();
  process.off('unhandledRejection', onEscape);
  process.off('uncaughtException', onEscape);
});

const logLines = () => slackLog.lines().length + opsLog.lines().length + discord.logs.length;

function pathOf(target: string): string | null {
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return null;
  }
}

const isSslCheck = (r: GeneratedRequest) =>
  r.signing === 'none' &&
  r.contentType === 'application/x-www-form-urlencoded' &&
  new URLSearchParams(r.body.toString('utf8')).get('ssl_check') === '1';

interface Entry {
  name: string;
  port: () => number;
  slack: boolean;
}

const entries: Entry[] = [
  {
    name: "Bolt's HTTP receiver (Slack HTTP mode) with Discord interactions on the same port",
    port: () => slack.service.address()?.port ?? 0,
    slack: true,
  },
  {
    name: 'the ops server (console, Socket Mode, Discord with HTTP interactions)',
    port: () => ops.address()?.port ?? 0,
    slack: false,
  },
];

async function expectStillServing(entry: Entry): Promise<void> {
  const base = `http://127.0.0.1:${entry.port()}`;
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
  const ping = JSON.stringify({ id: '1', type: 1, application_id: '1', token: 't', version: 1 });
  const pong = await fetch(`${base}/discord/interactions`, {
    method: 'POST',
    headers: signer.headers(ping, Math.floor(NOW.getTime() / 1000)),
    body: ping,
  });
  expect(await pong.json()).toEqual({ type: 1 });
  if (entry.slack) {
    const command = form(slashCommand({ text: 'projects', responseUrl: slackFake.responseUrl('ok') }));
    expect((await postSigned(`${base}/slack/events`, SECRET, { form: command })).status).toBe(200);
  }
  expect(escaped).toEqual([]);
}

describe.each(entries)('$name', (entry) => {
  it('survives generated requests: no 5xx, no escaped error, 401 unless signed, still answering', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const logged = logLines();
        const reply = await rawRequest(entry.port(), wire(r, keys), { waitMs: 4000 });
        console.log(
          r.method,
          r.target,
          r.scheme,
          r.signing,
          r.contentType,
          reply.status,
          r.body.toString().slice(0, 60),
        );
        if (reply.status !== null) expect(reply.status).toBeLessThan(500);
        const path = r.method === 'POST' ? pathOf(r.target) : null;
        if (path === '/discord/interactions' && !(r.scheme === 'discord' && r.signing === 'valid'))
          expect(reply.status).toBe(401);
        if (entry.slack && path === '/slack/events' && !(r.scheme === 'slack' && r.signing === 'valid'))
          expect(reply.status).toBe(isSslCheck(r) ? 200 : 401);
        if (pathOf(r.target) === null) expect(reply.status).toBe(400);
        // Every refusal on a signed endpoint leaves a log line.
        const signedEndpoint = path === '/discord/interactions' || (entry.slack && path === '/slack/events');
        if (signedEndpoint && reply.status !== null && reply.status >= 400)
          expect(logLines()).toBeGreaterThan(logged);
        await expectStillServing(entry);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('survives clients that abort mid-request', async () => {
    await fc.assert(
      fc.asyncProperty(request, fc.double({ min: 0.1, max: 0.9, noNaN: true }), async (r, cut) => {
        const bytes = wire(r, keys);
        await rawRequest(entry.port(), bytes.subarray(0, Math.floor(bytes.length * cut)), { abort: true });
        await expectStillServing(entry);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 60_000);
});
