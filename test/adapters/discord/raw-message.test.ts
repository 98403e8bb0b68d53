import { InteractionResponseType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { noticeMessage } from '../../../src/adapters/discord/answer-message.js';
import { replyCallback, replyCallbackJson } from '../../../src/adapters/discord/raw-message.js';

describe('the reply callback body', () => {
  it('pings no one and marks ephemeral replies', () => {
    const message = noticeMessage('<@&123> @everyone hello');
    const body = replyCallback(message, true);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect('flags' in replyCallback(message, false).data).toBe(false);
  });

  it('as JSON is the same body, serialized once per message and visibility', () => {
    const message = noticeMessage('projects');
    const pub = replyCallbackJson(message, false);
    expect(JSON.parse(pub)).toEqual(replyCallback(message, false));
    expect(JSON.parse(replyCallbackJson(message, true))).toEqual(replyCallback(message, true));
    expect(replyCallbackJson(message, false)).toBe(pub);
    // Another message with other text gets its own body, never a neighbour's.
    expect(JSON.parse(replyCallbackJson(noticeMessage('sectors'), false)).data.content).toBe('sectors');
  });
});
