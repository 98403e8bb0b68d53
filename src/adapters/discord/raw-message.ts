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

const serialized = new WeakMap<DiscordMessage, { public?: string; ephemeral?: string }>();

/**
 * The reply callback as JSON text. A message the answer cache hands out again is serialized once, not
 * on every reply (messages are never changed once built).
 */
export function replyCallbackJson(message: DiscordMessage, ephemeral: boolean): string {
  let entry = serialized.get(message);
  if (!entry) {
    entry = {};
    serialized.set(message, entry);
  }
  if (ephemeral) {
    entry.ephemeral ??= JSON.stringify(replyCallback(message, true));
    return entry.ephemeral;
  }
  entry.public ??= JSON.stringify(replyCallback(message, false));
  return entry.public;
}
