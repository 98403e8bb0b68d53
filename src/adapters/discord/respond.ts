import type { Bot } from '../../app/bot.js';
import type { Lang } from '../../core/answer/answer.js';
import { parseCommand } from '../../core/commands/model.js';
import type { Logger } from '../../ops/logger.js';
import { answerMessage, type DiscordMessage, noticeMessage } from './answer-message.js';
import { COMMAND_NAME } from './command-definition.js';
import type { SuggestionKeys } from './follow-up-buttons.js';
import type { InteractionContext } from './interaction-model.js';
import { words } from './words.js';

export interface RespondDeps {
  bot: Bot;
  keys: SuggestionKeys;
  logger: Logger;
  defaultLang?: Lang;
}

export interface Response {
  message: DiscordMessage;
  /** Only the asker should see it (interactions only; a message reply is always public). */
  ephemeral: boolean;
}

/**
 * From a `/deal` text (command words or a free question) to the message that answers it. Questions are
 * answered synchronously; subscription commands need the store, so `beforeSlowWork` runs first (an
 * interaction defers there). Members without Manage Channels get a hint instead of a change.
 */
export async function respond(
  deps: RespondDeps,
  text: string,
  ctx: InteractionContext,
  beforeSlowWork: () => Promise<void> = async () => {},
): Promise<Response> {
  const lang = ctx.lang ?? deps.defaultLang;
  if (!deps.bot.isSubscriptionCommand(text)) {
    const answer = deps.bot.answer(text, { platform: 'discord', ...(lang ? { lang } : {}) });
    return { message: answerMessage(answer, deps.keys), ephemeral: false };
  }
  const spec = parseCommand(text).spec;
  if (spec.manageChannel && !ctx.canManageChannel) {
    return { message: noticeMessage(words(lang ?? 'en').needsManageChannels(spec.name)), ephemeral: true };
  }
  await beforeSlowWork();
  const answer = await deps.bot.handle({
    text: `/${COMMAND_NAME} ${text.replace(/^\/deal\b\s*/i, '')}`,
    channel: ctx.channel,
    user: ctx.user,
    canManageChannel: ctx.canManageChannel,
    ...(lang ? { lang } : {}),
  });
  return { message: answerMessage(answer, deps.keys), ephemeral: false };
}
