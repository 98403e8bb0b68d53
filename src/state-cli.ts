import { readFile } from 'node:fs/promises';
import { openConfiguredStore } from './app/store-service.js';
import { loadConfig } from './config.js';
import { createLogger } from './ops/logger.js';
import { parseStateDocument } from './store/state-document.js';
import { StateFileError } from './store/store.js';

/**
 * `npm run state -- export` prints the whole state (the state file's versioned format) from the
 * configured store (STATE_PATH, or DATABASE_URL); `npm run state -- import FILE` loads such a file
 * into it: validated first, then inserted or replaced key by key (importing twice changes nothing).
 */

const USAGE = `usage: npm run state -- export            (prints the state as JSON on stdout)
       npm run state -- import FILE       (loads FILE into the configured store)
The store is DATABASE_URL when set, else the file at STATE_PATH (stop the bot first: the file has one owner).`;

function fail(message: string, code = 1): never {
  process.stderr.write(`state: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) fail(`invalid configuration:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
  const { config } = loaded;
  const [command, file, ...extra] = process.argv.slice(2);
  if (command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (extra.length || (command === 'export' && file) || (command === 'import' && !file))
    fail('wrong arguments', 2);
  if (command !== 'export' && command !== 'import')
    fail(`unknown command ${JSON.stringify(command ?? '')}`, 2);

  let incoming: ReturnType<typeof parseStateDocument> | undefined;
  if (command === 'import' && file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      fail(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    incoming = parseStateDocument(text);
    if (!incoming.ok) {
      fail(
        `${file} is not a deal-bot state file it can import; nothing was changed:\n${incoming.problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
  }

  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const store = await openConfiguredStore(
    { statePath: config.statePath, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) },
    logger,
  );
  try {
    if (command === 'export') {
      process.stdout.write(`${JSON.stringify(await store.exportState(), null, 2)}\n`);
    } else if (incoming?.ok) {
      const counts = await store.importState(incoming.state);
      process.stdout.write(
        `${JSON.stringify({ imported: file, into: store.location, migratedFrom: incoming.migratedFrom, ...counts })}\n`,
      );
    }
  } finally {
    await store.close();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof StateFileError) fail(error.message);
  fail((error as Error).message);
}
