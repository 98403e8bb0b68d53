import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsolePoster } from '../../src/adapters/console/poster.js';
import { silentLogger } from '../../src/ops/logger.js';
import { createScheduler } from '../../src/scheduling/scheduler.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { putSubscription } from '../../src/store/state-ops.js';
import { pmVisitOn, swappableEngines } from '../core/schedule/facts.js';
import { subscription } from './fakes.js';

const consoleChannel = { platform: 'console' as const, workspace: 'local', channel: 'console' };

describe('scheduler service (node-cron)', () => {
  it('ticks at start (catch-up after a restart) and then on its cron schedule; stop ends it', async () => {
    const store = createMemoryStore();
    await store.update((s) =>
      putSubscription(s, subscription({ id: 'console:local:console', channel: consoleChannel })),
    );
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => {
      printed += d.toString();
    });
    let now = new Date('2026-03-03T14:00:00Z');
    const scheduler = createScheduler({
      store,
      engines: swappableEngines(pmVisitOn('2026-03-10')),
      posters: [createConsolePoster(output)],
      clock: () => now,
      logger: silentLogger(),
      cronExpression: '* * * * * *', // every second, to keep the test short
    });
    expect(scheduler.ready()).toBe(false);
    await scheduler.start();
    expect(scheduler.ready()).toBe(true);
    await expect.poll(() => printed, { timeout: 3000 }).toContain('Reminder: ');
    expect(printed).toContain('scheduled post to #console');
    // The next day's reminder comes from a cron tick, not from start().
    now = new Date('2026-03-09T13:00:00Z');
    await expect.poll(() => Object.keys(store.read().ledger).length, { timeout: 4000 }).toBe(2);
    await scheduler.stop();
    expect(scheduler.ready()).toBe(false);
    const lastTick = store.read().lastTickAt;
    now = new Date('2026-03-10T13:00:00Z');
    await new Promise((r) => setTimeout(r, 1200));
    expect(store.read().lastTickAt).toBe(lastTick);
  });
});
