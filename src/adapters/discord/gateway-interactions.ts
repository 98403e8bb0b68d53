import {
  type BaseMessageOptions,
  type Client,
  type Interaction,
  InteractionResponseType,
  type JSONEncodable,
  MessageFlags,
  type MessageMentionOptions,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import type { Lang } from '../../core/answer/answer.js';
import type { ChannelRef } from '../../core/subscriptions/types.js';
import type { DiscordMessage } from './answer-message.js';
import type { InteractionCallbacks } from './interaction-callbacks.js';
import type { DealInteraction, InteractionContext, InteractionResponder } from './interaction-model.js';
import { replyCallbackJson } from './raw-message.js';

/** Pings no one, on every message we send through discord.js (the client default says the same). */
export function allowedMentions(): MessageMentionOptions {
  return { parse: [], repliedUser: false };
}

/**
 * Wraps API-shaped data so discord.js sends it as it is: given plain objects it deep-copies each
 * embed and component to convert key case, which was most of the bot's time in a reply.
 */
function asIs<T>(data: T): JSONEncodable<T> {
  return { toJSON: () => data };
}

/** A message body for discord.js methods (send, reply, editReply, followUp). */
export function toDiscordJs(message: DiscordMessage): BaseMessageOptions {
  return {
    embeds: message.embeds.map(asIs),
    components: message.components.map(asIs),
    ...(message.content !== undefined ? { content: message.content } : {}),
    allowedMentions: allowedMentions(),
  };
}

/** Discord channel → neutral ref. A thread is its parent channel plus the thread, where replies belong. */
export function discordChannelRef(
  guildId: string | null,
  channelId: string,
  parentId?: string | null,
): ChannelRef {
  const workspace = guildId ?? 'dm';
  if (parentId) return { platform: 'discord', workspace, channel: parentId, thread: channelId };
  return { platform: 'discord', workspace, channel: channelId };
}

export function langOfLocale(locale: string | null | undefined): Lang | undefined {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : undefined;
}

/** What a discord.js interaction asks, or undefined for interactions the bot does not handle. */
export function readInteraction(interaction: Interaction): DealInteraction | undefined {
  if (interaction.isChatInputCommand()) {
    const sub = interaction.options.data[0];
    const options: Record<string, string> = {};
    for (const o of sub?.options ?? []) if (o.value !== undefined) options[o.name] = String(o.value);
    return {
      type: 'command',
      command: interaction.commandName,
      subcommand: interaction.options.getSubcommand(false),
      options,
    };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      type: 'autocomplete',
      subcommand: interaction.options.getSubcommand(false),
      focused: { name: focused.name, value: String(focused.value) },
    };
  }
  if (interaction.isButton()) {
    const label = 'label' in interaction.component ? (interaction.component.label ?? undefined) : undefined;
    return { type: 'button', customId: interaction.customId, ...(label ? { label } : {}) };
  }
  return undefined;
}

export function interactionContext(interaction: Interaction): InteractionContext {
  const channel = interaction.channel;
  const parentId = channel?.isThread() ? channel.parentId : null;
  const inGuild = interaction.guildId !== null;
  const lang = langOfLocale(interaction.locale);
  return {
    id: interaction.id,
    channel: discordChannelRef(interaction.guildId, interaction.channelId ?? 'unknown', parentId),
    user: interaction.user.id,
    // Discord computes memberPermissions for this channel, overwrites included. A DM is the user's own.
    canManageChannel: inGuild
      ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false)
      : true,
    ...(lang ? { lang } : {}),
  };
}

type Repliable = Extract<Interaction, { reply: unknown }>;

/**
 * Answers through discord.js: callback endpoint for the first response (through `callbacks` when given),
 * the webhook for the rest.
 */
export function gatewayResponder(
  interaction: Interaction,
  callbacks?: InteractionCallbacks,
): InteractionResponder {
  const repliable = (): Repliable => {
    if (!interaction.isRepliable()) throw new Error(`interaction ${interaction.id} cannot be replied to`);
    return interaction;
  };
  const flags = (ephemeral: boolean) => (ephemeral ? { flags: MessageFlags.Ephemeral as const } : {});
  /** An interaction callback (the first response), already serialized. */
  const callback = async (target: { id: string; token: string; client: Client }, json: string) => {
    if (callbacks) return callbacks.post(target.id, target.token, json);
    await target.client.rest.post(Routes.interactionCallback(target.id, target.token), {
      body: json,
      passThroughBody: true,
      headers: { 'Content-Type': 'application/json' },
      auth: false,
    });
  };
  return {
    async reply(message, ephemeral) {
      // What discord.js's reply() sends, without its MessagePayload pass over an API-shaped message.
      const target = repliable();
      if (target.deferred || target.replied) throw new Error(`interaction ${target.id} was already answered`);
      await callback(target, replyCallbackJson(message, ephemeral));
      target.ephemeral = ephemeral;
      target.replied = true;
    },
    async defer(ephemeral) {
      await repliable().deferReply(flags(ephemeral));
    },
    async edit(message) {
      await repliable().editReply(toDiscordJs(message));
    },
    async followUp(message, ephemeral) {
      await repliable().followUp({ ...toDiscordJs(message), ...flags(ephemeral) });
    },
    async choices(list) {
      if (!interaction.isAutocomplete()) throw new Error(`interaction ${interaction.id} is not autocomplete`);
      if (interaction.responded) throw new Error(`interaction ${interaction.id} was already answered`);
      // What discord.js's respond() sends; choices are answered as often as people type, so the same fast path.
      const type = InteractionResponseType.ApplicationCommandAutocompleteResult;
      await callback(interaction, JSON.stringify({ type, data: { choices: list } }));
      interaction.responded = true;
    },
  };
}
