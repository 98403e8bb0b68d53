import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, CHANNELS, GUILD_ID, MEMBER_ID } from '../../fakes/discord/ids.js';
import { guildMessage, slashCommand } from '../../fakes/discord/payloads.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe("the bot's discord.js caches", () => {
  it('keep guilds, channels and the bot itself, but not what traffic brings in', async () => {
    await h.interact(slashCommand('projects'));
    await h.message(guildMessage(`<@${BOT_ID}> sectors`));
    const client = h.service.client;
    const guild = client.guilds.cache.get(GUILD_ID);
    expect(guild?.channels.cache.has(CHANNELS.general)).toBe(true);
    expect(guild?.members.cache.has(BOT_ID)).toBe(true);
    expect(guild?.members.cache.has(MEMBER_ID)).toBe(false);
    expect(client.users.cache.has(MEMBER_ID)).toBe(false);
    const general = client.channels.cache.get(CHANNELS.general);
    expect(general?.isTextBased() && general.messages.cache.size).toBe(0);
    // What scheduled posts check before sending still works: the bot's permissions in a channel.
    const me = client.user;
    expect(me && general && !general.isDMBased() && general.permissionsFor(me)?.has('SendMessages')).toBe(
      true,
    );
  });
});
