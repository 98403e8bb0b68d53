import { Client, ShardClientUtil } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../../src/adapters/discord/embed.js';
import { SuggestionKeys } from '../../../src/adapters/discord/follow-up-buttons.js';
import { DiscordPoster } from '../../../src/adapters/discord/poster.js';
import type { ChannelRef } from '../../../src/core/subscriptions/types.js';
import { BOT_ID, CHANNELS, DM_CHANNEL, GUILD_ID } from '../../fakes/discord/ids.js';
import { guildMessage } from '../../fakes/discord/payloads.js';
import { dataOf, type Harness, NOW, realEngine, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const at = (channel: string, workspace = GUILD_ID): ChannelRef => ({
  platform: 'discord',
  workspace,
  channel,
});
const reminder = () => realEngine().answer('next', { now: NOW });
const posts = (channel: string) =>
  h.fake.rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

describe('discord poster (scheduled posts)', () => {
  it('posts an embed with channel.send and reports the message id', async () => {
    const result = await h.service.poster.post(at(CHANNELS.general), reminder(), {
      idempotencyKey: 'reminder:x:2026-02-12',
    });
    expect(result.ok).toBe(true);
    const sent = posts(CHANNELS.general).at(-1);
    if (!sent) throw new Error('nothing posted');
    expect(result).toEqual({ ok: true, messageId: expect.any(String) });
    expect(dataOf(sent).embeds).toEqual([renderEmbed(reminder())]);
    expect(dataOf(sent).allowed_mentions).toEqual({ parse: [], replied_user: false });
    // The same delivery key gives the same nonce, enforced, so a repeat after a crash shows once.
    const body = sent.body as { nonce?: string; enforce_nonce?: boolean };
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce?.length).toBeLessThanOrEqual(25);
  });

  it('posts into a DM channel it has not seen yet (fetched first)', async () => {
    expect((await h.service.poster.post(at(DM_CHANNEL, 'dm'), reminder())).ok).toBe(true);
    expect(posts(DM_CHANNEL).length).toBe(1);
  });

  it('reports a 429 as rate-limited with its retry-after, without discord.js waiting or retrying', async () => {
    h.fake.rest.script({
      method: 'POST',
      path: new RegExp(`^/channels/${CHANNELS.general}/messages$`),
      status: 429,
      headers: { 'retry-after': '7', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 7, global: false },
    });
    const before = posts(CHANNELS.general).length;
    const started = performance.now();
    const result = await h.service.poster.post(at(CHANNELS.general), reminder());
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result).toMatchObject({ ok: false, kind: 'rate-limited', scope: 'channel' });
    if (result.ok || result.kind !== 'rate-limited') throw new Error('expected rate-limited');
    expect(result.retryAfterMs).toBeGreaterThanOrEqual(7000);
    expect(posts(CHANNELS.general).length).toBe(before + 1);
  });

  it('still lets discord.js wait out a 429 on a reply to a person (only posts surface it)', async () => {
    h.fake.rest.script({
      method: 'POST',
      path: new RegExp(`^/channels/${CHANNELS.general}/messages$`),
      status: 429,
      headers: { 'retry-after': '0.05' },
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    });
    const message = guildMessage(`<@${BOT_ID}> sectors`);
    expect((await h.message(message)).status).toBe(429);
    const retried = await h.fake.rest.waitFor(
      (r) =>
        r.status === 200 &&
        (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference
          ?.message_id === message.id,
    );
    expect(retried.path).toBe(`/channels/${CHANNELS.general}/messages`);
    expect(h.logs.some((l) => l.level >= 50)).toBe(false);
  });

  it('refuses for good, before posting, where the bot lacks Send Messages or Embed Links', async () => {
    const denied = await h.service.poster.post(at(CHANNELS.readonly), reminder());
    expect(denied).toMatchObject({ ok: false, kind: 'permanent' });
    expect(!denied.ok && denied.reason).toContain('Send Messages');
    const plain = await h.service.poster.post(at(CHANNELS.noEmbeds), reminder());
    expect(!plain.ok && plain.kind === 'permanent' && plain.reason).toContain('Embed Links');
    expect(posts(CHANNELS.readonly).length + posts(CHANNELS.noEmbeds).length).toBe(0);
  });

  it('treats a 403 Missing Permissions from Discord (stale cache) as permanent', async () => {
    h.fake.rest.script({
      method: 'POST',
      path: /\/messages$/,
      status: 403,
      body: { code: 50013, message: 'Missing Permissions' },
    });
    const result = await h.service.poster.post(at(CHANNELS.general), reminder());
    expect(result).toMatchObject({ ok: false, kind: 'permanent' });
    expect(!result.ok && result.reason).toContain('50013');
  });

  it('treats an unknown channel and a guild the bot left as permanent', async () => {
    const gone = await h.service.poster.post(at('399999999999999999'), reminder());
    expect(gone).toMatchObject({ ok: false, kind: 'permanent' });
    expect(!gone.ok && gone.reason).toContain('10003');
    const left = await h.service.poster.post(at(CHANNELS.general, '299999999999999999'), reminder());
    expect(left).toMatchObject({ ok: false, kind: 'permanent' });
  });

  it('treats 5xx (after discord.js retries) as transient', async () => {
    h.fake.rest.script({
      method: 'POST',
      path: /\/messages$/,
      status: 502,
      body: { message: 'Bad Gateway' },
      times: 4,
    });
    const result = await h.service.poster.post(at(CHANNELS.general), reminder());
    expect(result).toMatchObject({ ok: false, kind: 'transient' });
  });

  it('declares Discord pacing for the scheduler', () => {
    expect(h.service.poster.pacing.perChannel).toEqual({ limit: 5, windowMs: 5000 });
  });

  it('leaves a guild on another shard to that shard', async () => {
    const client = new Client({ intents: [] });
    const mine = ShardClientUtil.shardIdForGuildId(GUILD_ID, 2);
    Object.assign(client, { shard: { ids: [1 - mine], count: 2 } });
    const poster = new DiscordPoster(client, new SuggestionKeys());
    expect(poster.holds(at(CHANNELS.general))).toBe(false);
    expect(poster.holds(at(DM_CHANNEL, 'dm'))).toBe(mine === 1);
    const result = await poster.post(at(CHANNELS.general), reminder());
    expect(!result.ok && result.reason).toMatch(/^not-mine/);
    await client.destroy();
  });
});
