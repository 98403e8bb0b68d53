import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackPoster } from '../../../src/adapters/slack/poster.js';
import type { Answer } from '../../../src/core/answer/answer.js';
import type { ChannelRef } from '../../../src/core/subscriptions/types.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { BOT_TOKEN, loadEngine } from './harness.js';

describe('Slack Poster (chat.postMessage for scheduled posts)', () => {
  let fake: FakeSlack;
  let reminder: Answer;
  const channel: ChannelRef = { platform: 'slack', workspace: 'T0TEST', channel: 'C0NEWS' };
  const poster = () =>
    createSlackPoster({ botToken: BOT_TOKEN, apiUrl: fake.apiUrl, logger: silentLogger() });

  beforeAll(async () => {
    fake = await FakeSlack.start();
    reminder = (await loadEngine()).answer('next', { now: '2026-02-01T12:00:00Z' });
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('posts Block Kit with a text fallback to the channel and returns the message ts', async () => {
    const result = await poster().post(channel, reminder);
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^\d+\.\d+$/) });
    const call = fake.callsTo('chat.postMessage').at(-1);
    expect(call?.token).toBe(BOT_TOKEN);
    expect(call?.params).toMatchObject({ channel: 'C0NEWS', unfurl_links: 'false' });
    expect(call?.params.link_names).toBeUndefined();
    expect(Array.isArray(call?.params.blocks)).toBe(true);
    expect(String(call?.params.text).length).toBeGreaterThan(0);
  });

  it('returns rate-limited with Retry-After on a 429, without waiting or retrying itself', async () => {
    // Were the client to wait out Retry-After itself, this test would run into vitest's 20 s timeout.
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const before = fake.callsTo('chat.postMessage').length;
    const result = await poster().post(channel, reminder);
    expect(result).toMatchObject({ ok: false, kind: 'rate-limited', retryAfterMs: 30_000 });
    expect(fake.callsTo('chat.postMessage').length).toBe(before + 1);
  });

  it('reports channel_not_found and not_in_channel as permanent', async () => {
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    expect(await poster().post(channel, reminder)).toMatchObject({
      ok: false,
      kind: 'permanent',
      reason: 'channel_not_found',
    });
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    expect(await poster().post(channel, reminder)).toMatchObject({ ok: false, kind: 'permanent' });
  });

  it('reports a 500, an internal_error and an unreachable API as transient, after one attempt', async () => {
    fake.failNext('chat.postMessage', { status: 500 });
    const before = fake.callsTo('chat.postMessage').length;
    expect(await poster().post(channel, reminder)).toMatchObject({ ok: false, kind: 'transient' });
    expect(fake.callsTo('chat.postMessage').length).toBe(before + 1);
    fake.failNext('chat.postMessage', { error: 'internal_error' });
    expect(await poster().post(channel, reminder)).toMatchObject({ ok: false, kind: 'transient' });
    const nowhere = createSlackPoster({
      botToken: BOT_TOKEN,
      apiUrl: 'http://127.0.0.1:9/api/',
      logger: silentLogger(),
    });
    expect(await nowhere.post(channel, reminder)).toMatchObject({ ok: false, kind: 'transient' });
  });

  it('refuses a channel of another platform as permanent', async () => {
    expect(await poster().post({ ...channel, platform: 'discord' }, reminder)).toMatchObject({
      ok: false,
      kind: 'permanent',
    });
  });
});
