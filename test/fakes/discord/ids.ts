import { PermissionFlagsBits } from 'discord.js';

/** Fixed snowflakes of the fake Discord world (not real ids). */
export const APP_ID = '100000000000000001';
export const BOT_ID = APP_ID;
export const OTHER_BOT_ID = '100000000000000009';
export const GUILD_ID = '200000000000000001';
export const CHANNELS = {
  /** The bot may view, send and embed here. */
  general: '300000000000000001',
  /** The bot may not send messages here (a channel overwrite denies it). */
  readonly: '300000000000000002',
  /** A public thread under #general. */
  thread: '300000000000000003',
  /** The bot may send but not embed links here. */
  noEmbeds: '300000000000000004',
} as const;
export const DM_CHANNEL = '400000000000000001';
export const MEMBER_ID = '500000000000000001';
export const ADMIN_ID = '500000000000000002';
export const OWNER_ID = '500000000000000003';
export const TOKEN = 'fake-discord-token-for-tests';

const P = PermissionFlagsBits;
/** What @everyone may do in the fake guild. */
export const EVERYONE_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory | P.SendMessagesInThreads;
/** A member's permissions in a channel as Discord computes them for an interaction. */
export const MEMBER_PERMISSIONS = EVERYONE_PERMISSIONS | P.UseApplicationCommands;
export const ADMIN_PERMISSIONS = MEMBER_PERMISSIONS | P.ManageChannels;
