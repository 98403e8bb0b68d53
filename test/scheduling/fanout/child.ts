import { fixedEngine } from '../../../src/app/bot.js';
import { createEngine } from '../../../src/core/engine/engine.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { createScheduler } from '../../../src/scheduling/scheduler.js';
import { openStateStore } from '../../../src/store/file-store.js';
import { httpPoster } from './http-poster.js';
import { FANOUT_TICK, fanoutFacts } from './setup.js';

/**
 * The delivering process of the fan-out test and benchmark: one scheduler tick against the state
 * file, posting to the fake platform. Prints {"started":…} first and the tick report last.
 * argv: statePath url perChannelEvents perChannelLimit globalLimit windowMs concurrency
 */
const [statePath, url, events, perChannel, global, windowMs, concurrency] = process.argv.slice(2);
if (!statePath || !url)
  throw new Error('usage: child.ts statePath url events perChannel global windowMs concurrency');
const store = await openStateStore(statePath);
const engines = fixedEngine(createEngine(fanoutFacts(Number(events))));
const now = new Date(FANOUT_TICK);
const poster = httpPoster(url, {
  perChannel: { limit: Number(perChannel), windowMs: Number(windowMs) },
  global: { limit: Number(global), windowMs: Number(windowMs) },
});
const scheduler = createScheduler({
  store,
  engines,
  posters: [poster],
  clock: () => now,
  logger: silentLogger(),
  cron: false,
  delivery: { concurrency: Number(concurrency), marginMs: 15 },
});
const started = performance.now();
process.stdout.write(`${JSON.stringify({ started: Date.now() })}\n`);
const report = await scheduler.tick(now);
await store.close();
process.stdout.write(`${JSON.stringify({ report, ms: performance.now() - started })}\n`);
