import { runConsole } from './adapters/console/console.js';
import { Bot } from './app/bot.js';
import { FactBaseError, readFactBaseFile } from './app/factbase-file.js';
import { loadConfig } from './config.js';
import { createEngine } from './core/engine/engine.js';

async function main(): Promise<void> {
  const result = loadConfig(process.env);
  if (!result.ok) {
    process.stderr.write(
      `deal-bot: invalid configuration:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  const config = result.config;
  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(await readFactBaseFile(config.factsPath));
  } catch (error) {
    process.stderr.write(`deal-bot: ${error instanceof FactBaseError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const bot = new Bot({ engines: { current: () => engine }, clock: () => new Date() });
  if (!config.slack && !config.discord) {
    process.stdout.write(
      'No Slack or Discord credentials found: running the local console. To connect a platform, set SLACK_BOT_TOKEN or DISCORD_TOKEN (see .env.example).\n',
    );
    await runConsole(bot, {
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
    });
  }
}

await main();
