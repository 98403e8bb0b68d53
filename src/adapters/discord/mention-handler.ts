import { randomUUID } from 'node:crypto';
import { type Message, PermissionFlagsBits } from 'discord.js';
import { noticeMessage } from './answer-message.js';
import { classifyDiscordError, DISCORD_CODES, discordCode } from './discord-errors.js';
import { discordChannelRef, toDiscordJs } from './gateway-interactions.js';
import type { InteractionContext } from './interaction-model.js';
import { type RespondDeps, respond } from './respond.js';
import { words } from './words.js';

/** The question in a message that mentions the bot: every mention of the bot removed, spaces tidied. */
export function mentionText(content: string, botId: string): string {
  // Discord caps content at 4,000 characters (with Nitro); cut there before any work, whatever arrives.
  return content
    .slice(0, 4000)
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the bot should answer: DMs from people, and guild messages that mention the bot by name. */
export function shouldAnswer(message: Message, botId: string): boolean {
  if (message.author.bot || message.webhookId !== null || message.system) return false;
  if (!message.inGuild()) return true;
  // Only a direct mention of the bot: not @everyone, @here or a role.
  return message.mentions.users.has(botId);
}

function contextOf(message: Message): InteractionContext {
  const channel = message.channel;
  const parentId = channel.isThread() ? channel.parentId : null;
  const canManage = message.inGuild()
    ? (message.member?.permissionsIn(message.channelId).has(PermissionFlagsBits.ManageChannels) ?? false)
    : true;
  return {
    id: message.id,
    channel: discordChannelRef(message.guildId, message.channelId, parentId),
    user: message.author.id,
    canManageChannel: canManage,
  };
}

/**
 * Answers `@deal-bot <question>` in a channel or thread (a reply in the same place) and any DM. Never
 * throws: a missing permission is logged with the fix; other errors get an apology with a reference id.
 */
export async function handleMention(deps: RespondDeps, message: Message, botId: string): Promise<void> {
  if (!shouldAnswer(message, botId)) return;
  const ctx = contextOf(message);
  const where = { message: message.id, channel: message.channelId, guild: message.guildId ?? 'dm' };
  let ref: string | undefined;
  try {
    const { message: reply } = await respond(deps, mentionText(message.content, botId), ctx);
    await message.reply({ ...toDiscordJs(reply), failIfNotExists: false });
    return;
  } catch (error) {
    const code = discordCode(error);
    const reason = classifyDiscordError(error).reason;
    if (code === DISCORD_CODES.missingPermissions || code === DISCORD_CODES.missingAccess) {
      deps.logger.warn({ ...where, code }, `discord: cannot reply to a mention: ${reason}`);
      return;
    }
    ref = randomUUID().slice(0, 8);
    deps.logger.error(
      { ...where, ref, code, err: error },
      `discord: answering a mention failed (ref ${ref}): ${reason}`,
    );
  }
  try {
    const apology = noticeMessage(words(deps.defaultLang ?? 'en').apology(ref));
    await message.reply({ ...toDiscordJs(apology), failIfNotExists: false });
  } catch (again) {
    deps.logger.warn(
      { ...where, ref, err: again },
      `discord: could not send the apology: ${classifyDiscordError(again).reason}`,
    );
  }
}
