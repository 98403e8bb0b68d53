import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/ops/logger.js';
import { installShutdown, type ProcessLike } from '../../src/ops/shutdown.js';
import { Capture } from './capture.js';

/** An in-memory twin of `process`: signals are emitted by the test, exit codes recorded. */
class FakeProcess extends EventEmitter implements ProcessLike {
  readonly exits: number[] = [];
  private resolveExit: (code: number) => void = () => {};
  readonly exited = new Promise<number>((resolve) => {
    this.resolveExit = resolve;
  });
  exit(code: number): void {
    this.exits.push(code);
    this.resolveExit(code);
  }
}

function setup(stop: () => Promise<boolean>, hardLimitMs = 5_000) {
  const proc = new FakeProcess();
  const sink = new Capture();
  const shutdown = installShutdown({ stop, logger: createLogger('info', sink), proc, hardLimitMs });
  return { proc, sink, shutdown };
}

describe('installShutdown', () => {
  it.each(['SIGTERM', 'SIGINT'])('on %s stops once and exits 0', async (signal) => {
    let stops = 0;
    const { proc, sink } = setup(async () => {
      stops += 1;
      return true;
    });
    proc.emit(signal);
    expect(await proc.exited).toBe(0);
    expect(stops).toBe(1);
    expect(sink.lines()[0]).toMatchObject({ reason: signal, msg: expect.stringMatching(/shutting down/) });
    expect(proc.listenerCount(signal)).toBe(0);
  });

  it('exits 1 when something did not stop cleanly, or stop threw', async () => {
    const unclean = setup(async () => false);
    unclean.proc.emit('SIGTERM');
    expect(await unclean.proc.exited).toBe(1);
    const threw = setup(async () => {
      throw new Error('store close failed');
    });
    threw.proc.emit('SIGTERM');
    expect(await threw.proc.exited).toBe(1);
  });

  it('a second signal exits at once', async () => {
    const { proc } = setup(() => new Promise<boolean>(() => {}));
    proc.emit('SIGTERM');
    proc.emit('SIGINT');
    expect(await proc.exited).toBe(130);
  });

  it('exits 1 at the hard limit when stopping hangs', async () => {
    const { proc, sink } = setup(() => new Promise<boolean>(() => {}), 50);
    proc.emit('SIGTERM');
    expect(await proc.exited).toBe(1);
    expect(sink.lines().at(-1)?.msg).toMatch(/time limit/);
  });

  it('begin() shuts down for other reasons (end of input) with the given code, once', async () => {
    let stops = 0;
    const { proc, shutdown } = setup(async () => {
      stops += 1;
      return true;
    });
    expect(shutdown.begun).toBe(false);
    const a = shutdown.begin('end of input');
    const b = shutdown.begin('again');
    expect(a).toBe(b);
    expect(shutdown.begun).toBe(true);
    expect(await proc.exited).toBe(0);
    expect(stops).toBe(1);
    expect(proc.exits).toEqual([0]);
  });

  it('an uncaught error is logged and shuts the bot down with code 1', async () => {
    const { proc, sink } = setup(async () => true);
    proc.emit('unhandledRejection', new Error('boom'));
    expect(await proc.exited).toBe(1);
    expect(sink.lines()[0]).toMatchObject({ level: 60, msg: 'uncaught error', err: { message: 'boom' } });
  });
});
