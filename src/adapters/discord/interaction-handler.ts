import { randomUUID } from 'node:crypto';
import type { Lang } from '../../core/answer/answer.js';
import { COMMANDS } from '../../core/commands/model.js';
import { noticeMessage } from './answer-message.js';
import { COMMAND_NAME } from './command-definition.js';
import { classifyDiscordError, DISCORD_CODES, discordCode } from './discord-errors.js';
import { suggestionFor } from './follow-up-buttons.js';
import {
  type DealInteraction,
  type InteractionContext,
  type InteractionResponder,
  OneResponse,
} from './interaction-model.js';
import { DISCORD_TEXT_MAX, type RespondDeps, respond } from './respond.js';
import { words } from './words.js';

export type InteractionDeps = RespondDeps;

const CHOICES_MAX = 25;
const CHOICE_TEXT_MAX = 100;

/** The words `/deal <sub> [options]` stands for, in the order the command model declares them. */
export function commandText(sub: string, options: Readonly<Record<string, string>>): string | undefined {
  const spec = COMMANDS.find((c) => c.name === sub);
  if (!spec) return undefined;
  const values = spec.options
    // Discord allows 6,000 characters in an option; the bot reads at most DISCORD_TEXT_MAX.
    .map((o) => options[o.name]?.slice(0, DISCORD_TEXT_MAX).trim() ?? '')
    .filter(Boolean)
    // A subscription option is one word to the parser ("America/New York" → "America/New_York").
    .map((v) => (spec.group === 'subscription' ? v.replace(/\s+/g, '_') : v));
  return [sub, ...values].join(' ');
}

function autocompleteChoices(
  deps: InteractionDeps,
  input: Extract<DealInteraction, { type: 'autocomplete' }>,
  lang: Lang,
) {
  const field = input.focused.name === 'name' ? 'name' : 'question';
  const seen = new Set<string>();
  const out: Array<{ name: string; value: string }> = [];
  for (const c of deps.bot.engine().complete(input.focused.value.slice(0, 500), field, lang, CHOICES_MAX)) {
    const name = c.name.slice(0, CHOICE_TEXT_MAX).trim();
    const value = c.value.slice(0, CHOICE_TEXT_MAX).trim();
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === CHOICES_MAX) break;
  }
  return out;
}

async function run(
  deps: InteractionDeps,
  text: string,
  ctx: InteractionContext,
  response: OneResponse,
): Promise<void> {
  // The store may take longer than the 3-second deadline: acknowledge first.
  const { message, ephemeral } = await respond(deps, text, ctx, () => response.defer());
  await response.reply(message, ephemeral);
}

async function dispatch(
  deps: InteractionDeps,
  input: DealInteraction,
  ctx: InteractionContext,
  response: OneResponse,
) {
  const lang = ctx.lang ?? deps.defaultLang ?? 'en';
  if (input.type === 'autocomplete') return response.choices(autocompleteChoices(deps, input, lang));
  if (input.type === 'button') {
    const text = suggestionFor(input.customId, input.label, deps.keys);
    if (!text) return response.reply(noticeMessage(words(lang).buttonExpired), true);
    return run(deps, text, ctx, response);
  }
  const text =
    input.command === COMMAND_NAME && input.subcommand
      ? commandText(input.subcommand, input.options)
      : undefined;
  if (!text) return response.reply(noticeMessage(words(lang).unknownCommand), true);
  return run(deps, text, ctx, response);
}

/**
 * Handles one interaction and never throws: expired interactions (10062) and missing permissions are
 * logged with what to do; any other error gets the user a short ephemeral apology with a reference id.
 */
export async function handleInteraction(
  deps: InteractionDeps,
  input: DealInteraction,
  ctx: InteractionContext,
  responder: InteractionResponder,
): Promise<void> {
  const response = new OneResponse(responder);
  try {
    await dispatch(deps, input, ctx, response);
  } catch (error) {
    const code = discordCode(error);
    const where = {
      interaction: ctx.id,
      channel: ctx.channel.channel,
      guild: ctx.channel.workspace,
      type: input.type,
    };
    if (code === DISCORD_CODES.unknownInteraction || code === DISCORD_CODES.alreadyAcknowledged) {
      deps.logger.warn(
        { ...where, code },
        `discord: could not answer: ${classifyDiscordError(error).reason}`,
      );
      return;
    }
    const ref = randomUUID().slice(0, 8);
    deps.logger.error(
      { ...where, ref, code, err: error },
      `discord: interaction failed (ref ${ref}): ${classifyDiscordError(error).reason}`,
    );
    if (input.type === 'autocomplete') return;
    try {
      await response.reply(noticeMessage(words(ctx.lang ?? deps.defaultLang ?? 'en').apology(ref)), true);
    } catch (again) {
      deps.logger.warn(
        { ...where, ref, err: again },
        `discord: could not send the apology: ${classifyDiscordError(again).reason}`,
      );
    }
  }
}
