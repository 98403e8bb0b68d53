import { InteractionResponseType, MessageFlags } from 'discord.js';
import type { DiscordMessage } from './answer-message.js';
import { RAW_ALLOWED_MENTIONS } from './client.js';

/**
 * A message as the API takes it (snake_case, pinging no one), for the requests the bot builds itself:
 * the HTTP interactions endpoint, and the first reply to a gateway interaction, which skips
 * discord.js's MessagePayload (its per-reply work is a third of the reply path; the message is
 * API-shaped already).
 */
export function rawMessage(message: DiscordMessage, ephemeral = false) {
  return {
    embeds: message.embeds,
    components: message.components,
    ...(message.content !== undefined ? { content: message.content } : {}),
    allowed_mentions: RAW_ALLOWED_MENTIONS,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The interaction callback that answers with a message (type 4). */
export function replyCallback(message: DiscordMessage, ephemeral: boolean) {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: rawMessage(message, ephemeral) };
}
