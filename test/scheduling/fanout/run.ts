import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { State } from '../../../src/store/schema.js';
import { type FakePlatform, type PlatformLimits, startFakePlatform } from './fake-platform.js';
import { writeFanoutState } from './setup.js';

/**
 * Runs the fan-out: a fake platform here, the scheduler in a child process (so it can be killed
 * with SIGKILL mid-way and restarted), then compares the platform's log with the ledger.
 */

export interface FanoutOptions {
  channels: number;
  perChannel: number;
  limits: PlatformLimits;
  concurrency: number;
  /** Kill the child (SIGKILL) once the platform has accepted this many posts, then restart it. */
  killAfter?: number;
}

export interface FanoutResult {
  expected: number;
  /** Posts the platform accepted, repeats included. */
  accepted: number;
  /** Keys the platform accepted more than once (shown once thanks to the idempotency key). */
  repeats: number;
  /** Expected keys the platform never accepted. */
  lost: number;
  /** Keys in the ledger the platform never accepted (recorded but not delivered). */
  recordedNotDelivered: number;
  /** Keys accepted by the platform but missing from the ledger at the end. */
  deliveredNotRecorded: number;
  /** From the first accepted post to the last. */
  spanMs: number;
  /** After a kill: from the last post accepted before it to the first after the restart. */
  restartGapMs: number;
  /** The children's tick wall time (sum, when restarted). */
  tickMs: number;
  rejected429: number;
  killed: boolean;
}

function runChild(
  args: string[],
  platform: FakePlatform,
  killAfter?: number,
): Promise<{ ms: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'child.ts'), ...args],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    let killed = false;
    const watch = killAfter
      ? setInterval(() => {
          if (platform.log.length >= killAfter && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        }, 2)
      : null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code, signal) => {
      if (watch) clearInterval(watch);
      if (signal === 'SIGKILL') return resolve({ ms: 0, killed: true });
      if (code !== 0) return reject(new Error(`fan-out child exited ${code}: ${err}`));
      const last = out.trim().split('\n').at(-1) ?? '{}';
      resolve({ ms: (JSON.parse(last) as { ms: number }).ms, killed: false });
    });
  });
}

export async function runFanout(o: FanoutOptions): Promise<FanoutResult> {
  const statePath = join(mkdtempSync(join(tmpdir(), 'deal-bot-fanout-')), 'state.json');
  writeFanoutState(statePath, o.channels);
  const platform = await startFakePlatform(o.limits);
  try {
    const args = [
      statePath,
      platform.url,
      String(o.perChannel),
      String(o.limits.perChannel),
      String(o.limits.global),
      String(o.limits.windowMs),
      String(o.concurrency),
    ];
    const first = await runChild(args, platform, o.killAfter);
    let tickMs = first.ms;
    const beforeRestart = platform.log.length;
    if (first.killed) tickMs += (await runChild(args, platform)).ms;
    const lastBefore = platform.log[beforeRestart - 1]?.at ?? 0;
    const firstAfter = platform.log[beforeRestart]?.at ?? lastBefore;
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as State;
    const ledger = new Set(Object.keys(state.ledger));
    const accepted = new Set(platform.log.map((a) => a.key));
    const expected = o.channels * o.perChannel;
    const times = platform.log.map((a) => a.at);
    return {
      expected,
      accepted: platform.log.length,
      repeats: platform.log.filter((a) => a.repeat).length,
      lost: expected - accepted.size,
      recordedNotDelivered: [...ledger].filter((k) => !accepted.has(k)).length,
      deliveredNotRecorded: [...accepted].filter((k) => !ledger.has(k)).length,
      spanMs: times.length ? Math.max(...times) - Math.min(...times) : 0,
      restartGapMs: first.killed ? firstAfter - lastBefore : 0,
      tickMs,
      rejected429: platform.rejected(),
      killed: first.killed,
    };
  } finally {
    await platform.close();
  }
}

/** The least time the platform's limits allow for `n` posts (sliding windows allow a first burst). */
export function minimumMs(o: Pick<FanoutOptions, 'channels' | 'perChannel' | 'limits'>): number {
  const { limits } = o;
  const global = (Math.ceil((o.channels * o.perChannel) / limits.global) - 1) * limits.windowMs;
  const channel = (Math.ceil(o.perChannel / limits.perChannel) - 1) * limits.windowMs;
  return Math.max(global, channel);
}
