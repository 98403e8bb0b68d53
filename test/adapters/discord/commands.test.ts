import { GatewayIntentBits, InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../../src/adapters/discord/embed.js';
import { ADMIN_ID, CHANNELS, GUILD_ID, MEMBER_ID } from '../../fakes/discord/ids.js';
import { slashCommand } from '../../fakes/discord/payloads.js';
import type { SubscriptionTwin } from '../../fakes/subscription-twin.js';
import { dataOf, type Harness, NOW, realEngine, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

/** The engine's answer to the same words, checked for intent, must be exactly what Discord got. */
function expectAnswer(
  body: ReturnType<typeof dataOf>,
  text: string,
  intent: string,
  lang: 'en' | 'ja' = 'en',
) {
  const expected = realEngine().answer(text, { now: NOW, lang });
  expect(expected.intent).toBe(intent);
  expect(body.embeds).toEqual([renderEmbed(expected)]);
  return expected;
}

describe('discord /deal subcommands through a real discord.js client', () => {
  it('connects with only the Guilds, GuildMessages and DirectMessages intents', () => {
    const intents = h.fake.gateway.identifies[0]?.intents ?? -1;
    expect(intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(h.fake.rest.requests[0]?.path).toBe('/gateway/bot');
    expect(h.service.ready()).toBe(true);
  });

  it.each([
    ['projects', {}, 'projects', 'projects.list'],
    ['sectors', {}, 'sectors', 'sectors.list'],
    ['timeline', {}, 'timeline', 'timeline'],
    ['next', {}, 'next', 'next'],
    ['sources', {}, 'sources', 'sources'],
    ['help', {}, 'help', 'help'],
    ['who', { name: 'Lutnick' }, 'who Lutnick', 'who.person'],
    [
      'ask',
      { question: "When is the PM's White House visit?" },
      "ask When is the PM's White House visit?",
      'event.when',
    ],
  ] as const)('/deal %s answers in the callback with an embed', async (sub, options, text, intent) => {
    const payload = slashCommand(sub, options);
    const callback = await h.interact(payload);
    const body = callback.body as { type: number };
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.authorized).toBe(false);
    const data = dataOf(callback);
    expect(data.flags ?? 0).toBe(0);
    const answer = expectAnswer(data, text, intent);
    expect(data.components?.[0]?.components.map((c) => c.label)).toEqual(answer.suggestions);
  });

  it('answers subcommands given without their options helpfully', async () => {
    expectAnswer(dataOf(await h.interact(slashCommand('who'))), 'who', 'who.list');
    expectAnswer(dataOf(await h.interact(slashCommand('ask'))), 'ask', 'help');
    const blank = dataOf(await h.interact(slashCommand('ask', { question: '   ' })));
    expectAnswer(blank, 'ask', 'help');
  });

  it('answers in Japanese for a Japanese Discord locale', async () => {
    const data = dataOf(await h.interact(slashCommand('projects', {}, { locale: 'ja' })));
    expect(expectAnswer(data, 'projects', 'projects.list', 'ja').lang).toBe('ja');
  });

  it('subscribes a channel for a member with Manage Channels: deferred, then the reply edited', async () => {
    const subs = h.subscriptions as SubscriptionTwin;
    const payload = slashCommand(
      'subscribe',
      { kind: 'digest', cadence: 'weekly', day: 'mon', time: '09:00', timezone: 'Asia/Tokyo' },
      { admin: true },
    );
    const callback = await h.interact(payload);
    expect((callback.body as { type: number }).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const edit = await h.webhookOf(payload);
    expect(edit.path).toMatch(/\/messages\/@original$/);
    expect(dataOf(edit).embeds?.[0]?.title).toBe('Subscribed');
    const request = subs.requests.at(-1);
    expect(request?.text).toBe('/deal subscribe digest weekly mon 09:00 Asia/Tokyo');
    expect(request?.canManageChannel).toBe(true);
    expect(request?.user).toBe(ADMIN_ID);
    expect(request?.channel).toEqual({ platform: 'discord', workspace: GUILD_ID, channel: CHANNELS.general });
    expect((await subs.listWorkspace('discord', GUILD_ID)).map((s) => s.digest?.day)).toEqual(['mon']);
  });

  it('lists and removes subscriptions; without options they report the channel state', async () => {
    const subs = h.subscriptions as SubscriptionTwin;
    const list = slashCommand('subscriptions', {}, { admin: true });
    await h.interact(list);
    await h.webhookOf(list);
    expect(subs.requests.at(-1)?.text).toBe('/deal subscriptions');
    const bare = slashCommand('subscribe', {}, { admin: true });
    await h.interact(bare);
    await h.webhookOf(bare);
    expect(subs.requests.at(-1)?.text).toBe('/deal subscribe');
    const un = slashCommand('unsubscribe', { kind: 'all' }, { admin: true });
    await h.interact(un);
    await h.webhookOf(un);
    expect(subs.requests.at(-1)?.text).toBe('/deal unsubscribe all');
    expect(await subs.listWorkspace('discord', GUILD_ID)).toEqual([]);
  });

  it('tells a member without Manage Channels, privately, and changes nothing', async () => {
    const subs = h.subscriptions as SubscriptionTwin;
    const before = subs.requests.length;
    const callback = await h.interact(slashCommand('subscribe', { kind: 'reminders' }, { user: MEMBER_ID }));
    const data = dataOf(callback);
    expect((callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toContain('Manage Channels');
    expect(subs.requests.length).toBe(before);
  });

  it('maps a thread to its parent channel plus the thread', async () => {
    const subs = h.subscriptions as SubscriptionTwin;
    const payload = slashCommand('subscriptions', {}, { channel: CHANNELS.thread, admin: true });
    await h.interact(payload);
    await h.webhookOf(payload);
    expect(subs.requests.at(-1)?.channel).toEqual({
      platform: 'discord',
      workspace: GUILD_ID,
      channel: CHANNELS.general,
      thread: CHANNELS.thread,
    });
  });

  it('works in a DM with the bot (the DM is the user’s own channel)', async () => {
    const subs = h.subscriptions as SubscriptionTwin;
    const payload = slashCommand('subscribe', { kind: 'reminders' }, { guild: false });
    await h.interact(payload);
    await h.webhookOf(payload);
    expect(subs.requests.at(-1)?.channel.workspace).toBe('dm');
    expect(subs.requests.at(-1)?.canManageChannel).toBe(true);
  });
});
