import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { commandDefinitions } from './command-definition.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register to this guild only (instant; for development). Global otherwise. */
  guildId?: string;
  /** DISCORD_API_URL: every call goes there instead of discord.com. */
  apiUrl?: string;
  /** Remove the bot's commands from that scope instead (e.g. the guild copy once global ones exist). */
  clear?: boolean;
}

export interface RegisterResult {
  scope: 'global' | 'guild';
  route: string;
  names: string[];
}

/** PUT the command list (replacing what was there) globally or to one guild, through @discordjs/rest. */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const body = options.clear ? [] : commandDefinitions();
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId ? 'guild' : 'global', route, names: result.map((c) => c.name) };
}
