import { createConsolePoster } from './adapters/console/poster.js';
import { fixedEngine } from './app/bot.js';
import { FactBaseError, readFactBaseFile } from './app/factbase-file.js';
import { openConfiguredStore } from './app/store-service.js';
import { type Config, loadConfig } from './config.js';
import { createEngine } from './core/engine/index.js';
import { isoWithOffset, previewPosts } from './core/schedule/preview.js';
import type { Subscription } from './core/subscriptions/types.js';
import { createLogger } from './ops/logger.js';
import { type CliCommand, parseCli, USAGE } from './scheduling/cli-args.js';
import { createScheduler } from './scheduling/scheduler.js';
import { StateFileError } from './store/store.js';

/** `npm run schedule -- preview …` and `npm run schedule -- run-once --now ISO` (see USAGE). */

function fail(message: string, code = 1): never {
  process.stderr.write(`schedule: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

async function preview(cmd: Extract<CliCommand, { command: 'preview' }>, factsPath: string): Promise<void> {
  const engine = createEngine(await readFactBaseFile(cmd.facts ?? factsPath));
  const at = new Date(cmd.fromMs).toISOString();
  const sub: Subscription = {
    id: 'console:local:preview',
    channel: { platform: 'console', workspace: 'local', channel: 'preview' },
    reminders: true,
    news: false,
    digest: { cadence: cmd.digest, day: 'mon', time: '09:00', skipWhenNoNews: false },
    timeZone: cmd.timeZone,
    lang: cmd.lang,
    createdAt: at,
    updatedAt: at,
    status: 'active',
  };
  const posts = previewPosts((ms) => engine.knowledgeAt(ms), sub, cmd.fromMs, cmd.toMs);
  const rows = posts.map((p) => ({
    kind: p.kind,
    at: isoWithOffset(p.dueMs, cmd.timeZone),
    key: p.key.slice(p.key.indexOf('|') + 1),
    intent: p.message.intent,
    title: p.message.title,
    text: p.message.text,
  }));
  if (cmd.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const span = `${isoWithOffset(cmd.fromMs, cmd.timeZone)} → ${isoWithOffset(cmd.toMs, cmd.timeZone)}`;
  process.stdout.write(
    `${rows.length} post(s) for reminders and a ${cmd.digest} digest, ${span} (${cmd.timeZone}):\n\n`,
  );
  for (const r of rows) {
    process.stdout.write(`${r.at}  ${r.kind}  ${r.title}\n${r.text.replace(/^/gm, '    ')}\n\n`);
  }
}

async function runOnce(nowMs: number, config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const engines = fixedEngine(createEngine(await readFactBaseFile(config.factsPath)));
  // The state file (this process alone) or the database (shared: posts others claimed are left to them).
  const store = await openConfiguredStore(
    { statePath: config.statePath, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) },
    logger,
  );
  try {
    const now = new Date(nowMs);
    const scheduler = createScheduler({
      store,
      engines,
      posters: [createConsolePoster(process.stdout)],
      clock: () => now,
      logger,
      cron: false,
      // News posts and the digest's new-reports section, as the running bot delivers them.
      news: store,
    });
    const report = await scheduler.tick(now);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) fail(`invalid configuration:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
  const { config } = loaded;
  const parsed = parseCli(process.argv.slice(2), {
    timeZone: config.defaultTimeZone,
    lang: config.defaultLang,
  });
  if (!parsed.ok) fail(parsed.error, 2);
  const cmd = parsed.value;
  try {
    if (cmd.command === 'help') process.stdout.write(`${USAGE}\n`);
    else if (cmd.command === 'preview') await preview(cmd, config.factsPath);
    else await runOnce(cmd.nowMs, config);
  } catch (error) {
    if (error instanceof FactBaseError || error instanceof StateFileError) fail(error.message);
    throw error;
  }
}

await main();
