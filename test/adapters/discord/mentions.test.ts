import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../../src/adapters/discord/embed.js';
import { mentionText } from '../../../src/adapters/discord/mention-handler.js';
import { BOT_ID, CHANNELS, DM_CHANNEL, OTHER_BOT_ID } from '../../fakes/discord/ids.js';
import { directMessage, guildMessage, user } from '../../fakes/discord/payloads.js';
import { dataOf, type Harness, NOW, realEngine, settle, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

function expected(text: string, intent: string) {
  const answer = realEngine().answer(text, { now: NOW });
  expect(answer.intent).toBe(intent);
  return [renderEmbed(answer)];
}

describe('discord mentions and DMs', () => {
  it('strips every mention of the bot from the text', () => {
    expect(mentionText(`<@${BOT_ID}>  what are the <@!${BOT_ID}> projects?`, BOT_ID)).toBe(
      'what are the projects?',
    );
    expect(mentionText(`<@${BOT_ID}>`, BOT_ID)).toBe('');
    expect(mentionText('<@123> hi', BOT_ID)).toBe('<@123> hi');
  });

  it('replies in the same channel to a mention, without pinging the author', async () => {
    const msg = guildMessage(`<@${BOT_ID}> what are the projects?`);
    const reply = await h.message(msg);
    expect(reply.path).toBe(`/channels/${CHANNELS.general}/messages`);
    const data = dataOf(reply);
    expect(data.embeds).toEqual(expected('what are the projects?', 'projects.list'));
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.authorized).toBe(true);
  });

  it('replies inside the thread when mentioned in a thread', async () => {
    const reply = await h.message(guildMessage(`<@${BOT_ID}> sectors`, { channel: CHANNELS.thread }));
    expect(reply.path).toBe(`/channels/${CHANNELS.thread}/messages`);
    expect(dataOf(reply).embeds).toEqual(expected('sectors', 'sectors.list'));
  });

  it('a bare mention gets the help', async () => {
    const reply = await h.message(guildMessage(`<@${BOT_ID}>`));
    expect(dataOf(reply).embeds).toEqual(expected('', 'help'));
  });

  it('answers a direct message without any mention', async () => {
    const reply = await h.message(directMessage('who is Lutnick?'));
    expect(reply.path).toBe(`/channels/${DM_CHANNEL}/messages`);
    expect(dataOf(reply).embeds).toEqual(expected('who is Lutnick?', 'who.person'));
  });

  it('ignores its own messages, other bots, @everyone without a mention, and chatter', async () => {
    const before = h.fake.rest.requests.length;
    const own = { ...guildMessage(`<@${BOT_ID}> projects`), author: user(BOT_ID, 'deal-bot', true) };
    h.fake.gateway.dispatch('MESSAGE_CREATE', own);
    h.fake.gateway.dispatch(
      'MESSAGE_CREATE',
      guildMessage(`<@${BOT_ID}> projects`, { author: OTHER_BOT_ID, bot: true }),
    );
    h.fake.gateway.dispatch('MESSAGE_CREATE', directMessage('projects', { author: OTHER_BOT_ID, bot: true }));
    h.fake.gateway.dispatch('MESSAGE_CREATE', {
      ...guildMessage('@everyone projects'),
      mention_everyone: true,
    });
    h.fake.gateway.dispatch('MESSAGE_CREATE', guildMessage('just talking about projects'));
    await settle(h.fake);
    expect(h.fake.rest.requests.length).toBe(before);
  });

  it('a member without Manage Channels cannot subscribe by mention; the reply says why', async () => {
    const reply = await h.message(guildMessage(`<@${BOT_ID}> subscribe reminders`));
    expect(dataOf(reply).content).toContain('Manage Channels');
    expect(dataOf(reply).embeds).toEqual([]);
  });
});
