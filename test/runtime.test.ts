import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/ops/logger.js';
import { Runtime, StartError } from '../src/runtime.js';
import { FakeService } from './app/fake-service.js';
import { Capture } from './ops/capture.js';

function setup(
  names: string[],
  options: { stopBudgetMs?: number; checks?: Record<string, () => boolean> } = {},
) {
  const events: string[] = [];
  const services = names.map((n) => new FakeService(n, events));
  const sink = new Capture();
  const runtime = new Runtime(services, { logger: createLogger('info', sink), ...options });
  return { events, services, runtime, sink };
}

describe('Runtime', () => {
  it('starts services in order and stops them in reverse', async () => {
    const { events, runtime } = setup(['store', 'slack', 'scheduler']);
    await runtime.start();
    expect(await runtime.stop()).toEqual({ failed: [] });
    expect(events).toEqual([
      'start store',
      'start slack',
      'start scheduler',
      'stop scheduler',
      'stopped scheduler',
      'stop slack',
      'stopped slack',
      'stop store',
      'stopped store',
    ]);
  });

  it('is ready when every service and check is, and unready from the moment it stops', async () => {
    let loaded = false;
    const { runtime, services } = setup(['store', 'discord'], { checks: { factbase: () => loaded } });
    expect(runtime.readiness()).toEqual({
      ready: false,
      stopping: false,
      checks: { factbase: false, store: false, discord: false },
    });
    await runtime.start();
    expect(runtime.readiness().ready).toBe(false);
    loaded = true;
    expect(runtime.readiness().ready).toBe(true);
    const discord = services[1] as FakeService;
    discord.connected = false; // gateway lost
    expect(runtime.readiness()).toMatchObject({ ready: false, checks: { discord: false } });
    discord.connected = true;
    const stopping = runtime.stop();
    expect(runtime.readiness()).toMatchObject({ ready: false, stopping: true });
    await stopping;
  });

  it('when a service fails to start, stops the ones started before it and names it', async () => {
    const { events, runtime, services } = setup(['store', 'slack', 'scheduler']);
    (services[1] as FakeService).failStart = new Error('invalid_auth');
    const failure = await runtime.start().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StartError);
    expect((failure as StartError).message).toBe('slack failed to start: invalid_auth');
    expect(events).toEqual([
      'start store',
      'start slack',
      'stop slack',
      'stopped slack',
      'stop store',
      'stopped store',
    ]);
  });

  it('abandons a service that will not stop, and still stops the rest within the budget', async () => {
    const { events, runtime, services, sink } = setup(['store', 'discord', 'scheduler'], {
      stopBudgetMs: 200,
    });
    await runtime.start();
    (services[2] as FakeService).hangStop = true;
    (services[1] as FakeService).failStop = new Error('socket already closed');
    const begun = performance.now();
    expect(await runtime.stop()).toEqual({ failed: ['scheduler', 'discord'] });
    expect(performance.now() - begun).toBeLessThan(1_000);
    expect(events.slice(3)).toEqual(['stop scheduler', 'stop discord', 'stop store', 'stopped store']);
    expect(sink.lines().map((l) => l.msg)).toEqual(
      expect.arrayContaining(['scheduler did not stop in time', 'discord failed to stop', 'store stopped']),
    );
  });

  it('stops once however often stop() is called', async () => {
    const { events, runtime } = setup(['store']);
    await runtime.start();
    const [a, b] = await Promise.all([runtime.stop(), runtime.stop()]);
    expect(a).toBe(b);
    expect(events.filter((e) => e === 'stop store')).toHaveLength(1);
  });

  it('a stop that arrives mid-start stops the service being started and starts no more', async () => {
    const { events, runtime, services } = setup(['store', 'discord', 'scheduler']);
    (services[1] as FakeService).startDelayMs = 50;
    const starting = runtime.start();
    await new Promise((r) => setTimeout(r, 10));
    await runtime.stop();
    await starting;
    expect(events).not.toContain('start scheduler');
    expect(events).toContain('stop discord');
    expect(events.at(-1)).toBe('stopped store');
  });
});
