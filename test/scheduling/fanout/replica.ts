import { fixedEngine } from '../../../src/app/bot.js';
import { createEngine } from '../../../src/core/engine/engine.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { createScheduler } from '../../../src/scheduling/scheduler.js';
import { openPgStore } from '../../../src/store/pg/pg-store.js';
import { httpPoster } from './http-poster.js';
import { FANOUT_TICK, fanoutFacts } from './setup.js';

/**
 * One replica of the replicated fan-out: the scheduler against a shared PostgreSQL store, posting to
 * the fake platform. It ticks (at the fan-out's minute, as a replica's cron would in that minute)
 * until nothing is due any more: posts another replica holds are left to it, and taken over once
 * their claims expire (that replica was killed). Prints {"started":…} first and a summary last.
 * argv: databaseUrl url perChannelEvents perChannelLimit globalLimit windowMs concurrency leaseMs
 */
const [databaseUrl, url, events, perChannel, global, windowMs, concurrency, leaseMs] = process.argv.slice(2);
if (!databaseUrl || !url)
  throw new Error('usage: replica.ts databaseUrl url events perChannel global windowMs concurrency leaseMs');
const store = await openPgStore(databaseUrl, { poolSize: 8 });
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
  claimLeaseMs: Number(leaseMs),
});
const started = performance.now();
process.stdout.write(`${JSON.stringify({ started: Date.now() })}\n`);
let ticks = 0;
let sent = 0;
for (;;) {
  const report = await scheduler.tick(now);
  ticks++;
  sent += report.sent;
  if (report.due === 0) break;
  // Others hold what is left: look again shortly (their claims expire if they died).
  if (report.sent === 0) await new Promise((r) => setTimeout(r, 250));
}
await store.close();
process.stdout.write(`${JSON.stringify({ ticks, sent, ms: performance.now() - started })}\n`);
