import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { head, rawRequest } from '../fakes/raw-http.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { form, slashCommand } from '../fakes/slack/payloads.js';
import { signedHeaders } from '../fakes/slack/signer.js';
import { BotProcess } from './bot-process.js';

/**
 * Issue #10, seen 7: SIGTERM under load. /readyz must turn 503 first, requests in flight must finish
 * within the drain window (SHUTDOWN_DRAIN_MS), then the server closes and the process exits 0.
 */

const SLACK_TOKEN = 'xoxb-test-drain-token';
const SECRET = 'test-signing-secret-drain-0123456789';
const IN_FLIGHT = 20;

const children: BotProcess[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  for (const close of closers.splice(0)) await close();
});

/** A request whose head and first half are sent now; `finish()` sends the rest and resolves with the reply. */
function halfSent(port: number, body: string, headers: Record<string, string>) {
  const socket: Socket = connect(port, '127.0.0.1');
  let text = '';
  const closed = new Promise<void>((resolve) => {
    socket.on('data', (c: Buffer) => {
      text += c.toString();
    });
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
  const half = Math.floor(body.length / 2);
  socket.write(
    head('POST /slack/events HTTP/1.1', { ...headers, 'content-length': Buffer.byteLength(body) }) +
      body.slice(0, half),
  );
  return {
    async finish(): Promise<{ status: number | null; text: string }> {
      socket.end(body.slice(half));
      await closed;
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      return { status: m ? Number(m[1]) : null, text };
    },
  };
}

describe('SIGTERM with requests in flight (Slack HTTP mode)', () => {
  it('answers 503 on /readyz while the requests in flight finish, answers each of them, then exits 0', async () => {
    const slack = await FakeSlack.start([SLACK_TOKEN]);
    closers.push(() => slack.stop());
    const child = new BotProcess({
      env: {
        SLACK_BOT_TOKEN: SLACK_TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        SCHEDULER: 'off',
        SHUTDOWN_DRAIN_MS: '5000',
      },
    });
    children.push(child);
    const port = await child.port();
    await child.waitForLog(/deal-bot started/);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    const requests = Array.from({ length: IN_FLIGHT }, (_, i) => {
      const body = form(slashCommand({ text: 'projects', responseUrl: slack.responseUrl(`d${i}`) }));
      return halfSent(port, body, signedHeaders(SECRET, body, 'application/x-www-form-urlencoded'));
    });
    await new Promise((r) => setTimeout(r, 300)); // every head has reached the server
    child.signal('SIGTERM');
    await child.waitForLog(/shutting down/);
    await new Promise((r) => setTimeout(r, 200));

    const ready = await rawRequest(port, head('GET /readyz HTTP/1.1', { connection: 'close' }));
    expect(ready.status).toBe(503);
    expect(ready.text).toMatch(/"ready":false,"stopping":true/);

    const replies = await Promise.all(requests.map((r) => r.finish()));
    expect(replies.map((r) => r.status)).toEqual(Array(IN_FLIGHT).fill(200));
    for (const reply of replies) expect(reply.text).toMatch(/connection: close/i);
    expect(await child.exited).toEqual({ code: 0, signal: null });
  }, 30_000);
});
