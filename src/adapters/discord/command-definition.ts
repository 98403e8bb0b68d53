import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS, type CommandOption, type CommandSpec } from '../../core/commands/model.js';

/** The one slash command; every word of the core command model is one of its subcommands. */
export const COMMAND_NAME = 'deal';

/** Discord's limits on command text (names 32, descriptions and choices 100). */
const DESCRIPTION_MAX = 100;
/** Longest text the engine reads from a question (it ignores the rest). */
const QUESTION_MAX = 500;
const NAME_MAX = 100;

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function option(o: CommandOption): APIApplicationCommandBasicOption {
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: o.name,
    description: clip(o.description.en, DESCRIPTION_MAX),
    description_localizations: { ja: clip(o.description.ja, DESCRIPTION_MAX) },
    required: o.required,
  };
  if (o.autocomplete) {
    // Discord refuses autocomplete together with fixed choices.
    return { ...base, autocomplete: true, max_length: o.name === 'question' ? QUESTION_MAX : NAME_MAX };
  }
  if (o.choices?.length)
    return { ...base, choices: o.choices.map((c) => ({ name: c.name, value: c.value })) };
  return { ...base, max_length: NAME_MAX };
}

function subcommand(spec: CommandSpec): APIApplicationCommandSubcommandOption {
  // Discord wants required options before optional ones.
  const options = [...spec.options].sort((a, b) => Number(b.required) - Number(a.required)).map(option);
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: spec.name,
    description: clip(spec.description.en, DESCRIPTION_MAX),
    description_localizations: { ja: clip(spec.description.ja, DESCRIPTION_MAX) },
    ...(options.length ? { options } : {}),
  };
}

/**
 * `/deal` with one subcommand per entry of the core command model (so Slack's help, Discord's options
 * and the README never disagree). Usable in servers and in DMs with the bot.
 *
 * Subscription subcommands are not limited here: `default_member_permissions` applies to a whole
 * command, and limiting `/deal` would hide the questions from everyone. The handler checks the
 * member's Manage Channels permission in the channel instead (see interaction-handler.ts).
 */
export function dealCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description: 'Questions, reminders and digests about the US–Japan $550 billion investment deal',
    description_localizations: { ja: '日米5,500億ドル投資合意についての質問・リマインダー・ダイジェスト' },
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: COMMANDS.map(subcommand),
  };
}

/** Every command the bot registers, as the body of PUT /applications/{app}/commands. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [dealCommand()];
}
