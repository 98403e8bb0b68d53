import { Bot } from '../../src/app/bot.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import type { FactBaseData } from '../../src/core/factbase/schema.js';
import { createScheduler } from '../../src/scheduling/scheduler.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { createStateNewsStore } from '../../src/store/news-state.js';
import { pmVisitOn, swappableEngines } from '../core/schedule/facts.js';
import { FakePoster } from './fakes.js';
import { captureLogger } from './log-capture.js';

/** A Slack channel, for tests that subscribe one. */
export const CHANNEL = { platform: 'slack' as const, workspace: 'T1', channel: 'C1' };

/**
 * The scheduler wired as main.ts wires it (memory store, real subscription service, Bot), with a fake
 * poster, a captured log and a clock the test moves: `at(iso)` sets it, `tick(iso)` sets it and ticks.
 */
export function schedulerHarness(
  options: {
    facts?: FactBaseData;
    poster?: FakePoster;
    delivery?: Parameters<typeof createScheduler>[0]['delivery'];
  } = {},
) {
  const store = createMemoryStore();
  const engines = swappableEngines(options.facts ?? pmVisitOn('2026-03-10'));
  let now = new Date('2026-02-01T12:00:00Z');
  const clock = () => now;
  const news = createStateNewsStore(store);
  const subscriptions = createSubscriptionService({
    store,
    defaultTimeZone: 'America/New_York',
    defaultLang: 'en',
    engines,
    news,
  });
  const bot = new Bot({ engines, clock, subscriptions });
  const poster = options.poster ?? new FakePoster('slack');
  const log = captureLogger();
  const scheduler = createScheduler({
    store,
    engines,
    posters: [poster],
    clock,
    logger: log.logger,
    cron: false,
    news,
    ...(options.delivery ? { delivery: options.delivery } : {}),
  });
  const at = (iso: string) => {
    now = new Date(iso);
    return now;
  };
  const tick = (iso: string) => scheduler.tick(at(iso));
  return { store, news, engines, bot, poster, scheduler, log, at, tick };
}
