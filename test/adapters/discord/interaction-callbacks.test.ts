import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DiscordAPIError, REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { InteractionCallbacks } from '../../../src/adapters/discord/interaction-callbacks.js';

/** A stand-in for Discord's callback endpoint whose answers the test scripts, request by request. */
async function endpoint(answers: Array<(req: IncomingMessage, res: ServerResponse) => void>) {
  const seen: Array<{ path: string; body: string; userAgent: string | undefined }> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      seen.push({ path: req.url ?? '', body, userAgent: req.headers['user-agent'] });
      const answer = answers[seen.length - 1] ?? ((_q, r) => r.writeHead(204).end());
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return { api, seen, close: () => new Promise((r) => server.close(r)) };
}

const open: Array<{ close: () => unknown; callbacks: InteractionCallbacks }> = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    o.callbacks.close();
    await o.close();
  }
});

async function setup(answers: Parameters<typeof endpoint>[0]) {
  const e = await endpoint(answers);
  const callbacks = new InteractionCallbacks(e.api, new REST({ api: e.api, retries: 0 }));
  open.push({ close: e.close, callbacks });
  return { ...e, callbacks };
}

const BODY = JSON.stringify({ type: 4, data: { content: 'ok' } });

describe('InteractionCallbacks', () => {
  it('posts the body as it is to /api/v10/interactions/{id}/{token}/callback, as a bot user agent', async () => {
    const e = await setup([]);
    await e.callbacks.post('123', 'tok', BODY);
    expect(e.seen).toEqual([
      {
        path: '/api/v10/interactions/123/tok/callback',
        body: BODY,
        userAgent: expect.stringMatching(/^DiscordBot /),
      },
    ]);
  });

  it("turns Discord's error into the DiscordAPIError discord.js throws, with its code", async () => {
    const e = await setup([
      (_req, res) =>
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ code: 10062, message: 'Unknown interaction' })),
    ]);
    const error = await e.callbacks.post('123', 'tok', BODY).catch((x: unknown) => x);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10062);
    expect((error as DiscordAPIError).status).toBe(404);
    expect(e.seen.length).toBe(1);
  });

  it('sends again through discord.js when the connection breaks before an answer', async () => {
    const e = await setup([(req) => req.socket.destroy()]);
    await e.callbacks.post('123', 'tok', BODY);
    expect(e.seen.map((s) => s.body)).toEqual([BODY, BODY]);
  });
});
