import { parseArgs } from 'node:util';
import { FactBaseError } from './app/factbase-file.js';
import { StoreConfigError } from './app/store-service.js';
import { assembleBot } from './assemble.js';
import { loadDotEnv } from './config/dotenv.js';
import { loadConfig, secretsOf } from './config.js';
import { createLogger } from './ops/logger.js';
import { installShutdown } from './ops/shutdown.js';
import { StartError } from './runtime.js';
import { StateFileError } from './store/store.js';

/**
 * `npm start [-- --reset-state]` (or `node dist/main.js`): reads .env and the environment, starts
 * Slack and/or Discord when their credentials are set, else the local console, plus the ops HTTP
 * server when PORT is set. Standard output belongs to the console; logs are JSON on stderr.
 */

const USAGE = `usage: npm start [-- --reset-state]
  --reset-state   move a corrupt state file (STATE_PATH) aside to a timestamped backup and start fresh`;

export const NO_PLATFORM_LINE =
  'No Slack or Discord credentials found: running the local console. To connect a platform, set SLACK_BOT_TOKEN (with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN) or DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see .env.example).';

function fail(message: string): never {
  process.stderr.write(`deal-bot: ${message}\n`);
  process.exit(1);
}

function parseMainArgs(): { resetState: boolean } {
  try {
    const { values } = parseArgs({
      options: { 'reset-state': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    return { resetState: values['reset-state'] === true };
  } catch (error) {
    process.stderr.write(`deal-bot: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const args = parseMainArgs();
  const dotenv = loadDotEnv('.env');
  if (!dotenv.loaded && dotenv.error) fail(dotenv.error);
  const result = loadConfig(process.env);
  if (!result.ok) {
    fail(
      `invalid configuration:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n` +
        'Set these in .env or the environment (every variable is described in .env.example).',
    );
  }
  const { config, warnings } = result;
  const logger = createLogger(config.logLevel, process.stderr, { secrets: secretsOf(config) });
  for (const warning of warnings) logger.warn(warning);
  if (dotenv.loaded) logger.info({ file: dotenv.path, keys: dotenv.keys }, '.env loaded');

  let stop: () => Promise<boolean> = async () => true;
  const shutdown = installShutdown({ stop: () => stop(), logger });

  try {
    const bot = await assembleBot({
      config,
      logger,
      resetState: args.resetState,
      stdin: process.stdin,
      stdout: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      onConsoleEnd: (error) => {
        if (error) logger.error({ err: error }, 'console failed');
        if (config.port === undefined) void shutdown.begin('end of input', error ? 1 : 0);
        else
          logger.info(
            { port: config.port },
            'standard input ended; still serving /healthz, /readyz and /metrics',
          );
      },
    });
    stop = async () => (await bot.runtime.stop()).failed.length === 0;
    if (bot.consoleMode) process.stdout.write(`${NO_PLATFORM_LINE}\n`);
    await bot.runtime.start();
    if (shutdown.begun) return;
    if (bot.consoleMode && config.port !== undefined) {
      logger.info(
        'no platform configured: set Slack or Discord credentials to connect one (see .env.example)',
      );
    }
    logger.info(
      {
        slack: config.slack?.mode ?? 'off',
        discord: config.discord ? 'on' : 'off',
        port: config.port ?? null,
      },
      'deal-bot started',
    );
  } catch (error) {
    if (shutdown.begun) return;
    shutdown.dispose();
    if (
      error instanceof FactBaseError ||
      error instanceof StartError ||
      error instanceof StateFileError ||
      error instanceof StoreConfigError
    ) {
      fail(error.message);
    }
    logger.fatal({ err: error }, 'start failed');
    fail(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

await main();
