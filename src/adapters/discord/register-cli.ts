import { parseArgs } from 'node:util';
import { DiscordAPIError } from 'discord.js';
import { loadDotEnv } from '../../config/dotenv.js';
import { loadConfig } from '../../config.js';
import { registerCommands } from './register.js';

/** `npm run discord:register [-- --clear]`: registers /deal globally, or to DISCORD_GUILD_ID when set. */

const USAGE = `usage: npm run discord:register [-- --clear]
  Registers /deal globally (every server and DMs), or to one server when DISCORD_GUILD_ID is set (instant).
  --clear  removes the bot's commands from that scope instead (e.g. the development guild copy).
  Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (environment or .env); honours DISCORD_API_URL.`;

function fail(message: string, code = 1): never {
  process.stderr.write(`discord:register: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let clear = false;
  try {
    const { values } = parseArgs({
      options: { clear: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) return void process.stdout.write(`${USAGE}\n`);
    clear = values.clear ?? false;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const dotenv = loadDotEnv('.env');
  if (!dotenv.loaded && dotenv.error) fail(dotenv.error);
  const loaded = loadConfig(process.env);
  if (!loaded.ok) fail(`invalid configuration:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
  const discord = loaded.config.discord;
  if (!discord) fail('set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your application)');
  try {
    const result = await registerCommands({ ...discord, clear });
    const where =
      result.scope === 'guild'
        ? `server ${discord.guildId} (available now)`
        : 'every server and DMs (global)';
    const what = clear ? 'Removed the commands from' : `Registered /${result.names.join(', /')} in`;
    process.stdout.write(`${what} ${where}.\n`);
    if (!clear && result.scope === 'guild') {
      process.stdout.write(
        'If /deal is also registered globally, members see it twice: run with --clear for one scope.\n',
      );
    }
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401)
      fail('Discord refused the token (401): copy the bot token again from Developer Portal → Bot');
    if (error instanceof DiscordAPIError && error.code === 50001) {
      fail(
        'missing access (50001): invite the bot to that server with the applications.commands scope, or check DISCORD_GUILD_ID',
      );
    }
    const api = discord.apiUrl ?? 'https://discord.com/api';
    fail(`could not register with ${api}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

await main();
