import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  ApplicationCommandOptionType,
  ChannelType,
  ComponentType,
  InteractionType,
  PermissionFlagsBits,
} from 'discord.js';
import { discordChannelRef, langOfLocale } from './gateway-interactions.js';
import type { DealInteraction, InteractionContext } from './interaction-model.js';

/** Reads interactions that arrive as raw JSON on the HTTP endpoint (no discord.js client involved). */

type Option = APIApplicationCommandInteractionDataOption;

function subcommandOf(options: readonly Option[] | undefined): {
  name: string | null;
  options: readonly Option[];
} {
  const sub = options?.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (sub && 'options' in sub) return { name: sub.name, options: sub.options ?? [] };
  return { name: null, options: options ?? [] };
}

function buttonLabel(raw: APIInteraction, customId: string): string | undefined {
  if (raw.type !== InteractionType.MessageComponent) return undefined;
  for (const row of raw.message.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const c of row.components ?? []) {
      if (c.type === ComponentType.Button && 'custom_id' in c && c.custom_id === customId) return c.label;
    }
  }
  return undefined;
}

/** What a raw interaction asks, or undefined for kinds the bot does not handle. */
export function readRawInteraction(raw: APIInteraction): DealInteraction | undefined {
  if (
    raw.type === InteractionType.ApplicationCommand ||
    raw.type === InteractionType.ApplicationCommandAutocomplete
  ) {
    const data = raw.data;
    const { name, options } = subcommandOf('options' in data ? data.options : undefined);
    const values: Record<string, string> = {};
    let focused: { name: string; value: string } | undefined;
    for (const o of options) {
      if (!('value' in o)) continue;
      values[o.name] = String(o.value);
      if ('focused' in o && o.focused) focused = { name: o.name, value: String(o.value) };
    }
    if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
      return { type: 'autocomplete', subcommand: name, focused: focused ?? { name: 'question', value: '' } };
    }
    return { type: 'command', command: data.name, subcommand: name, options: values };
  }
  if (raw.type === InteractionType.MessageComponent && raw.data.component_type === ComponentType.Button) {
    const label = buttonLabel(raw, raw.data.custom_id);
    return { type: 'button', customId: raw.data.custom_id, ...(label ? { label } : {}) };
  }
  return undefined;
}

const THREAD_TYPES: readonly number[] = [
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
];

export function rawInteractionContext(raw: APIInteraction): InteractionContext {
  const guildId = raw.guild_id ?? null;
  const channel = raw.channel;
  const channelId = channel?.id ?? 'unknown';
  const parentId =
    channel && THREAD_TYPES.includes(channel.type) && 'parent_id' in channel ? channel.parent_id : null;
  const user = raw.member?.user.id ?? raw.user?.id ?? 'unknown';
  const permissions = raw.member ? BigInt(raw.member.permissions) : 0n;
  const lang = langOfLocale('locale' in raw ? raw.locale : undefined);
  return {
    id: raw.id,
    channel: discordChannelRef(guildId, channelId, parentId ?? null),
    user,
    canManageChannel: guildId ? (permissions & PermissionFlagsBits.ManageChannels) !== 0n : true,
    ...(lang ? { lang } : {}),
  };
}
