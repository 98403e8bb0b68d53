import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { APP_ID } from '../fakes/discord/ids.js';
import { slashCommand as discordCommand } from '../fakes/discord/payloads.js';
import { type DiscordSigner, discordSigner } from '../fakes/discord/signer.js';
import { head, rawRequest } from '../fakes/raw-http.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { eventCallback, form, slashCommand } from '../fakes/slack/payloads.js';
import { postSigned, signedHeaders } from '../fakes/slack/signer.js';
import { BotProcess } from './bot-process.js';

/**
 * Issue #10, "What was seen" 1–4, against the real process (`src/main.ts`, real Bolt and discord.js, fake
 * platforms on 127.0.0.1): no request, however malformed, may end the process or make it read a body it
 * has not yet agreed to read. After every hostile request the process must still answer a valid one.
 */

const SLACK_TOKEN = 'xoxb-test-hostile-requests-token';
const SECRET = 'test-signing-secret-hostile-requests-0123';
const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.test-hostile.not-a-real-discord-token';

async function expectAlive(child: BotProcess, port: number): Promise<void> {
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  expect(child.logs().some((l) => l.msg === 'uncaught error')).toBe(false);
}

describe('1. a malformed request target (console mode with PORT)', () => {
  let child: BotProcess;
  let port: number;
  beforeAll(async () => {
    child = new BotProcess({ env: { PORT: '0', HOST: '127.0.0.1' } });
    port = await child.port();
  });
  afterAll(() => child.kill());

  it.each(['GET //[x HTTP/1.1', 'GET http://[::1/x HTTP/1.1', 'GET //a:b@[ HTTP/1.1'])(
    '%s gets 400 and the process keeps serving',
    async (line) => {
      const reply = await rawRequest(port, head(line, { connection: 'close' }));
      expect(reply.status).toBe(400);
      await expectAlive(child, port);
    },
  );
});

describe('Slack HTTP mode with Discord interactions on the same port', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let signer: DiscordSigner;
  let child: BotProcess;
  let port: number;
  let base: string;
  beforeAll(async () => {
    slack = await FakeSlack.start([SLACK_TOKEN]);
    discord = await startFakeDiscord({ heartbeatMs: 500 });
    signer = discordSigner();
    child = new BotProcess({
      env: {
        SLACK_BOT_TOKEN: SLACK_TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: signer.publicKeyHex,
        PORT: '0',
        HOST: '127.0.0.1',
      },
    });
    port = await child.port();
    await child.waitForLog(/deal-bot started/);
    base = `http://127.0.0.1:${port}`;
  }, 30_000);
  afterAll(async () => {
    child.kill();
    await slack.stop();
    await discord.close();
  });

  async function expectSlackStillAnswers(): Promise<void> {
    const command = form(slashCommand({ text: 'projects', responseUrl: slack.responseUrl('ok') }));
    const answer = await postSigned(`${base}/slack/events`, SECRET, { form: command });
    expect(answer.status).toBe(200);
    await expectAlive(child, port);
  }

  it('1. a malformed request target on the Bolt server gets 400', async () => {
    const reply = await rawRequest(port, head('GET //[x HTTP/1.1', { connection: 'close' }));
    expect(reply.status).toBe(400);
    await expectSlackStillAnswers();
  });

  const shapes: Array<[string, string, string]> = [
    ['JSON null', 'null', 'application/json'],
    ['JSON []', '[]', 'application/json'],
    ['JSON "text"', '"text"', 'application/json'],
    ['form payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['form payload=[]', 'payload=%5B%5D', 'application/x-www-form-urlencoded'],
    [
      'event_callback with "event": null',
      JSON.stringify({ ...eventCallback({ type: 'app_mention' }), event: null }),
      'application/json',
    ],
    ['not JSON', '{"type":', 'application/json'],
  ];
  it.each(shapes)('2. a signed body of %s gets 4xx and a log line', async (_name, body, type) => {
    const before = child.logs().length;
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(SECRET, body, type),
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await child.waitFor('a log line about the request', () => child.logs().length > before);
    await expectSlackStillAnswers();
  });

  it('3. an unsigned Discord interaction aborted mid-body neither ends the process nor is read', async () => {
    await rawRequest(
      port,
      `${head('POST /discord/interactions HTTP/1.1', { 'content-type': 'application/json', 'content-length': 1000 })}{"type":`,
      { abort: true },
    );
    // Signed-looking headers, aborted mid-body: the body is read, and the abort is only logged.
    const body = JSON.stringify({ type: 1 });
    await rawRequest(
      port,
      `${head('POST /discord/interactions HTTP/1.1', { ...signer.headers(body), 'content-length': 1000 })}{"type":`,
      { abort: true },
    );
    await new Promise((r) => setTimeout(r, 200));
    await expectSlackStillAnswers();
  });

  it.each([
    [
      'member.permissions "not-a-number"',
      (b: Record<string, unknown>) => ({
        ...b,
        member: { ...(b.member as object), permissions: 'not-a-number' },
      }),
    ],
    ['a null body', () => null],
    ['an array body', () => []],
    ['no data', (b: Record<string, unknown>) => ({ ...b, data: undefined })],
    ['member without user', (b: Record<string, unknown>) => ({ ...b, member: { permissions: '0' } })],
  ])('3. a signed interaction with %s gets 4xx, not a crash', async (_name, mutate) => {
    const body = JSON.stringify(
      mutate(discordCommand('ask', { question: 'projects' }) as Record<string, unknown>),
    );
    const res = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: signer.headers(body),
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await expectSlackStillAnswers();
  });

  it('4. an unsigned 4 MB body is refused before it is sent (401), a signed-looking one over the cap gets 413', async () => {
    const unsigned = await rawRequest(
      port,
      head('POST /slack/events HTTP/1.1', { 'content-type': 'application/json', 'content-length': 4 << 20 }),
    );
    expect(unsigned.status).toBe(401);
    const looksSigned = signedHeaders(SECRET, 'x', 'application/json');
    const big = await rawRequest(
      port,
      head('POST /slack/events HTTP/1.1', { ...looksSigned, 'content-length': 4 << 20 }),
    );
    expect(big.status).toBe(413);
    const discordBig = await rawRequest(
      port,
      head('POST /discord/interactions HTTP/1.1', { ...signer.headers('x'), 'content-length': 4 << 20 }),
    );
    expect(discordBig.status).toBe(413);
    const stale = signedHeaders(SECRET, 'x', 'application/json', {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    const old = await rawRequest(
      port,
      head('POST /slack/events HTTP/1.1', { ...stale, 'content-length': 1 << 20 }),
    );
    expect(old.status).toBe(401);
    await expectSlackStillAnswers();
  });

  it("4. a head or a body that never finishes is cut with 408 within the 10 s / 15 s timeouts, not Node's 300 s", async () => {
    const slowHead = rawRequest(port, 'POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\n', {
      waitMs: 20_000,
    });
    const looksSigned = signedHeaders(SECRET, 'x', 'application/json');
    const slowBody = rawRequest(
      port,
      `${head('POST /slack/events HTTP/1.1', { ...looksSigned, 'content-length': 1000 })}{"type":`,
      { waitMs: 20_000 },
    );
    const [h, b] = await Promise.all([slowHead, slowBody]);
    expect(h).toMatchObject({ status: 408, closed: true });
    expect(b).toMatchObject({ status: 408, closed: true });
    await expectSlackStillAnswers();
  }, 30_000);
});
