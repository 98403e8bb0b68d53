import { ApplicationCommandOptionType, ChannelType, InteractionType, PermissionFlagsBits } from 'discord.js';
import {
  ADMIN_ID,
  ADMIN_PERMISSIONS,
  APP_ID,
  BOT_ID,
  CHANNELS,
  DM_CHANNEL,
  EVERYONE_PERMISSIONS,
  GUILD_ID,
  MEMBER_ID,
  MEMBER_PERMISSIONS,
  OWNER_ID,
} from './ids.js';

/** Gateway and REST payloads of the fake Discord, shaped like the real API v10 ones. */

const JOINED = '2026-01-01T00:00:00.000Z';
let counter = 0;
/** A fresh snowflake-like id, unique in the process. */
export function nextId(): string {
  counter += 1;
  return (900000000000000000n + BigInt(counter)).toString();
}

export function user(id: string, name: string, bot = false) {
  return { id, username: name, global_name: name, discriminator: '0', avatar: null, bot };
}

export const botUser = user(BOT_ID, 'deal-bot', true);

function textChannel(id: string, name: string, position: number, deny = 0n) {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: GUILD_ID,
    name,
    position,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: deny ? [{ id: GUILD_ID, type: 0, allow: '0', deny: deny.toString() }] : [],
  };
}

export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Fake Guild',
    icon: null,
    owner_id: OWNER_ID,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    preferred_locale: 'en-US',
    features: [],
    emojis: [],
    stickers: [],
    large: false,
    unavailable: false,
    member_count: 4,
    joined_at: JOINED,
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: EVERYONE_PERMISSIONS.toString(),
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      textChannel(CHANNELS.general, 'general', 0),
      textChannel(CHANNELS.readonly, 'announcements', 1, PermissionFlagsBits.SendMessages),
      textChannel(CHANNELS.noEmbeds, 'plain', 2, PermissionFlagsBits.EmbedLinks),
    ],
    threads: [
      {
        id: CHANNELS.thread,
        type: ChannelType.PublicThread,
        guild_id: GUILD_ID,
        parent_id: CHANNELS.general,
        owner_id: MEMBER_ID,
        name: 'deal talk',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: JOINED,
          locked: false,
        },
      },
    ],
    members: [{ user: botUser, roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0 }],
  };
}

export interface Where {
  /** Omit for a DM. */
  guild?: boolean;
  channel?: string;
  user?: string;
  admin?: boolean;
  locale?: string;
}

function channelOf(where: Where) {
  if (where.guild === false) return { id: DM_CHANNEL, type: ChannelType.DM };
  const id = where.channel ?? CHANNELS.general;
  if (id === CHANNELS.thread)
    return { id, type: ChannelType.PublicThread, parent_id: CHANNELS.general, guild_id: GUILD_ID };
  return { id, type: ChannelType.GuildText, guild_id: GUILD_ID };
}

function base(type: InteractionType, where: Where) {
  const userId = where.user ?? (where.admin ? ADMIN_ID : MEMBER_ID);
  const person = user(userId, where.admin ? 'admin' : 'member');
  const channel = channelOf(where);
  const common = {
    id: nextId(),
    application_id: APP_ID,
    type,
    token: `interaction-token-${nextId()}`,
    version: 1,
    locale: where.locale ?? 'en-US',
    channel_id: channel.id,
    channel,
    app_permissions: EVERYONE_PERMISSIONS.toString(),
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
  };
  if (where.guild === false) return { ...common, user: person, context: 1 };
  const permissions = (where.admin ? ADMIN_PERMISSIONS : MEMBER_PERMISSIONS).toString();
  return {
    ...common,
    guild_id: GUILD_ID,
    guild_locale: 'en-US',
    context: 0,
    member: { user: person, roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0, permissions },
  };
}

type OptionValue = string | { value: string; focused: true };

function subcommandData(sub: string, options: Record<string, OptionValue>) {
  return {
    id: '600000000000000001',
    name: 'deal',
    type: 1,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: sub,
        options: Object.entries(options).map(([name, v]) =>
          typeof v === 'string'
            ? { type: ApplicationCommandOptionType.String, name, value: v }
            : { type: ApplicationCommandOptionType.String, name, value: v.value, focused: true },
        ),
      },
    ],
  };
}

/** INTERACTION_CREATE for `/deal <sub> [options]`. */
export function slashCommand(sub: string, options: Record<string, string> = {}, where: Where = {}) {
  return { ...base(InteractionType.ApplicationCommand, where), data: subcommandData(sub, options) };
}

/** INTERACTION_CREATE for autocomplete while typing `focused` in `/deal <sub>`. */
export function autocomplete(sub: string, option: string, typed: string, where: Where = {}) {
  return {
    ...base(InteractionType.ApplicationCommandAutocomplete, where),
    data: subcommandData(sub, { [option]: { value: typed, focused: true } }),
  };
}

/** INTERACTION_CREATE for a click on a button of a message the bot sent. */
export function buttonClick(customId: string, label: string, where: Where = {}) {
  const b = base(InteractionType.MessageComponent, where);
  const message = {
    ...message_(b.channel_id, botUser, 'answer', where.guild === false ? undefined : GUILD_ID),
    components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: customId, label }] }],
  };
  return { ...b, message, data: { custom_id: customId, component_type: 2 } };
}

function message_(channelId: string, author: ReturnType<typeof user>, content: string, guildId?: string) {
  return {
    id: nextId(),
    channel_id: channelId,
    ...(guildId ? { guild_id: guildId } : {}),
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [] as ReturnType<typeof user>[],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [] as unknown[],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** MESSAGE_CREATE in a guild channel or thread; `mentionsBot` adds the bot to `mentions`. */
export function guildMessage(
  content: string,
  opts: { channel?: string; author?: string; bot?: boolean; mentionsBot?: boolean } = {},
) {
  const author = user(opts.author ?? MEMBER_ID, opts.bot ? 'other-bot' : 'member', opts.bot ?? false);
  const m = message_(opts.channel ?? CHANNELS.general, author, content, GUILD_ID);
  if (opts.mentionsBot ?? content.includes(`<@${BOT_ID}>`)) m.mentions = [botUser];
  return { ...m, member: { roles: [], joined_at: JOINED, deaf: false, mute: false, flags: 0 } };
}

/** MESSAGE_CREATE in the bot's DM channel (carries `channel_type` as Discord does for DMs). */
export function directMessage(content: string, opts: { author?: string; bot?: boolean } = {}) {
  const author = user(opts.author ?? MEMBER_ID, opts.bot ? 'other-bot' : 'member', opts.bot ?? false);
  return { ...message_(DM_CHANNEL, author, content), channel_type: ChannelType.DM };
}

/** The message object REST returns after the bot posts one. */
export function postedMessage(channelId: string, body: Record<string, unknown>) {
  return {
    ...message_(channelId, botUser, typeof body.content === 'string' ? body.content : ''),
    ...pick(body),
  };
}

function pick(body: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const key of ['embeds', 'components', 'flags'] as const)
    if (body[key] !== undefined) out[key] = body[key];
  return out;
}

/** GET /channels/{id} for a channel the fake knows. */
export function channelById(id: string): Record<string, unknown> | undefined {
  if (id === DM_CHANNEL)
    return { id, type: ChannelType.DM, last_message_id: null, recipients: [user(MEMBER_ID, 'member')] };
  const g = guildCreate();
  return [...g.channels, ...g.threads].find((c) => c.id === id);
}
