import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../../src/adapters/discord/embed.js';
import { INTERACTIONS_PATH } from '../../../src/adapters/discord/http-interactions.js';
import { APP_ID } from '../../fakes/discord/ids.js';
import { autocomplete, buttonClick, slashCommand } from '../../fakes/discord/payloads.js';
import { dataOf, type Harness, NOW, realEngine, startHarness } from './harness.js';

let h: Harness;
let server: Server;
let url: string;
let privateKey: KeyObject;

beforeAll(async () => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  const x = pair.publicKey.export({ format: 'jwk' }).x ?? '';
  h = await startHarness({ publicKey: Buffer.from(x, 'base64url').toString('hex') });
  const route = h.service.interactionsRoute;
  if (!route) throw new Error('no interactions route with a public key set');
  // What the ops server does with an HttpRoute.
  server = createServer((req, res) => {
    if (req.method === route.method && req.url === route.path) void route.handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${INTERACTIONS_PATH}`;
});
afterAll(async () => {
  server?.close();
  await h?.close();
});

function post(body: unknown, tamper: 'none' | 'signature' | 'body' | 'headers' | 'stale' = 'none') {
  const text = JSON.stringify(body);
  const timestamp = String(Math.floor(NOW.getTime() / 1000) - (tamper === 'stale' ? 600 : 0));
  const signature = sign(null, Buffer.from(timestamp + text), privateKey).toString('hex');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (tamper !== 'headers') {
    headers['x-signature-timestamp'] = timestamp;
    headers['x-signature-ed25519'] =
      tamper === 'signature' ? signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) : signature;
  }
  return fetch(url, { method: 'POST', headers, body: tamper === 'body' ? text.replace('1', '2') : text });
}

describe('discord HTTP interactions endpoint', () => {
  it('answers a signed PING with PONG', async () => {
    const res = await post({ id: '1', type: 1, application_id: APP_ID, token: 't', version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it.each(['signature', 'body', 'headers', 'stale'] as const)(
    'answers 401 to a bad signature (%s)',
    async (tamper) => {
      const res = await post({ id: '1', type: 1, application_id: APP_ID, token: 't', version: 1 }, tamper);
      expect(res.status).toBe(401);
    },
  );

  it('answers a command in the response body, with no pings allowed', async () => {
    const res = await post(slashCommand('projects'));
    const body = (await res.json()) as { type: number; data: ReturnType<typeof dataOf> };
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const answer = realEngine().answer('projects', { now: NOW });
    expect(answer.intent).toBe('projects.list');
    expect(body.data.embeds).toEqual([renderEmbed(answer)]);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers autocomplete and buttons', async () => {
    const choices = (await (await post(autocomplete('who', 'name', 'lut'))).json()) as {
      type: number;
      data: { choices: Array<{ value: string }> };
    };
    expect(choices.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(choices.data.choices.length).toBeGreaterThan(0);
    const click = (await (await post(buttonClick('deal:ask:unknownkey', 'Show the timeline'))).json()) as {
      data: ReturnType<typeof dataOf>;
    };
    expect(click.data.embeds).toEqual([renderEmbed(realEngine().answer('Show the timeline', { now: NOW }))]);
  });

  it('defers a subscription command, then edits the answer through the webhook', async () => {
    const payload = slashCommand('subscribe', { kind: 'reminders' }, { admin: true });
    const body = (await (await post(payload)).json()) as { type: number };
    expect(body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await h.webhookOf(payload);
    expect(edit.path).toBe(`/webhooks/${APP_ID}/${payload.token}/messages/@original`);
    expect(dataOf(edit).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(edit.authorized).toBe(false);
  });

  it('tells a member without Manage Channels privately', async () => {
    const body = (await (await post(slashCommand('unsubscribe'))).json()) as {
      data: ReturnType<typeof dataOf>;
    };
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.content).toContain('Manage Channels');
  });
});
