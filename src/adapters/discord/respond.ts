import type { Bot } from '../../app/bot.js';
import type { Lang } from '../../core/answer/answer.js';
import { parseCommand } from '../../core/commands/model.js';
import { conversationKey } from '../../core/engine/index.js';
import type { Logger } from '../../ops/logger.js';
import type { Metrics } from '../../ops/metrics.js';
import type { AnswerCache } from './answer-cache.js';
import { answerMessage, type DiscordMessage, noticeMessage } from './answer-message.js';
import { COMMAND_NAME } from './command-definition.js';
import type { SuggestionKeys } from './follow-up-buttons.js';
import type { InteractionContext } from './interaction-model.js';
import { words } from './words.js';

/**
 * Longest text the bot reads from Discord, cut before any work or caching: Discord itself allows
 * 2,000 characters of message content (4,000 with Nitro) and 6,000 in an option; the engine reads 500,
 * and subscription commands are short.
 */
export const DISCORD_TEXT_MAX = 2000;

export interface RespondDeps {
  bot: Bot;
  keys: SuggestionKeys;
  logger: Logger;
  defaultLang?: Lang;
  /** Rendered answers to repeated questions; the clock says which minute it is. */
  cache?: { answers: AnswerCache; clock: () => Date; metrics?: Metrics };
}

export interface Response {
  message: DiscordMessage;
  /** Only the asker should see it (interactions only; a message reply is always public). */
  ephemeral: boolean;
}

/** A Discord conversation: one user in one channel (or thread), or a DM. */
function conversationOf(ctx: InteractionContext): string {
  const c = ctx.channel;
  return conversationKey('discord', c.workspace, c.thread ? `${c.channel}/${c.thread}` : c.channel, ctx.user);
}

function answerQuestion(
  deps: RespondDeps,
  text: string,
  lang: Lang | undefined,
  ctx: InteractionContext,
): DiscordMessage {
  const conversation = conversationOf(ctx);
  const asked = { platform: 'discord', conversation, ...(lang ? { lang } : {}) };
  const cache = deps.cache;
  if (!cache) return answerMessage(deps.bot.answer(text, asked), deps.keys);
  const started = performance.now();
  const engine = deps.bot.engine();
  const now = cache.clock();
  const conversations = deps.bot.conversations;
  // A follow-up depends on the conversation, so only a question asked without one is shared.
  if (conversations.get(conversation, now.getTime()))
    return answerMessage(deps.bot.answer(text, asked), deps.keys);
  const hit = cache.answers.get(engine, now, lang ?? '', text);
  if (hit) {
    // The buttons' keys must stay known as long as the message is being shown.
    for (const s of hit.answer.suggestions) deps.keys.keyFor(s);
    conversations.set(conversation, hit.context, now.getTime());
    cache.metrics?.answered(hit.answer.kind, (performance.now() - started) / 1000, 'discord');
    return hit.message;
  }
  const answer = deps.bot.answer(text, asked);
  const message = answerMessage(answer, deps.keys);
  const context = conversations.get(conversation, now.getTime());
  cache.answers.set(engine, now, lang ?? '', text, { answer, message, ...(context ? { context } : {}) });
  return message;
}

/**
 * From a `/deal` text (command words or a free question) to the message that answers it. Questions are
 * answered synchronously; subscription commands need the store, so `beforeSlowWork` runs first (an
 * interaction defers there). Members without Manage Channels get a hint instead of a change.
 */
export async function respond(
  deps: RespondDeps,
  asked: string,
  ctx: InteractionContext,
  beforeSlowWork: () => Promise<void> = async () => {},
): Promise<Response> {
  const text = asked.length > DISCORD_TEXT_MAX ? asked.slice(0, DISCORD_TEXT_MAX) : asked;
  const lang = ctx.lang ?? deps.defaultLang;
  if (!deps.bot.isSubscriptionCommand(text))
    return { message: answerQuestion(deps, text, lang, ctx), ephemeral: false };
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
