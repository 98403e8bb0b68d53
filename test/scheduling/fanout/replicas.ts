import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgStore } from '../../../src/store/pg/pg-store.js';
import type { State } from '../../../src/store/schema.js';
import { type PlatformLimits, startFakePlatform } from './fake-platform.js';
import { writeFanoutState } from './setup.js';

/**
 * The fan-out delivered by `replicas` processes sharing one PostgreSQL database, optionally with the
 * first one killed (SIGKILL) once the platform has accepted `killAfter` posts. Compares the
 * platform's log with the ledger in the database.
 */

export interface ReplicasOptions {
  databaseUrl: string;
  replicas: number;
  channels: number;
  perChannel: number;
  limits: PlatformLimits;
  concurrency: number;
  leaseMs: number;
  killAfter?: number;
}

export interface ReplicasResult {
  expected: number;
  accepted: number;
  /** Keys accepted more than once: shown once with an idempotency key, duplicates without one. */
  repeats: number;
  lost: number;
  recordedNotDelivered: number;
  deliveredNotRecorded: number;
  /** From the first replica's start to the last post accepted. */
  ms: number;
  /** Posts each replica's platform calls were accepted for (by replica, in start order). */
  perReplica: number[];
  rejected429: number;
  killed: boolean;
}

export async function runReplicas(o: ReplicasOptions): Promise<ReplicasResult> {
  const path = join(mkdtempSync(join(tmpdir(), 'deal-bot-replicas-')), 'state.json');
  writeFanoutState(path, o.channels);
  const seed = await openPgStore(o.databaseUrl);
  await seed.importState(JSON.parse(readFileSync(path, 'utf8')) as State);
  const platform = await startFakePlatform(o.limits);
  try {
    const args = [
      o.databaseUrl,
      platform.url,
      String(o.perChannel),
      String(o.limits.perChannel),
      String(o.limits.global),
      String(o.limits.windowMs),
      String(o.concurrency),
      String(o.leaseMs),
    ];
    const started = performance.timeOrigin + performance.now();
    let killed = false;
    const runs = Array.from(
      { length: o.replicas },
      (_, n) =>
        new Promise<number>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', join(import.meta.dirname, 'replica.ts'), ...args],
            {
              stdio: ['ignore', 'pipe', 'pipe'],
            },
          );
          let out = '';
          let err = '';
          const watch =
            n === 0 && o.killAfter
              ? setInterval(() => {
                  if (platform.log.length >= (o.killAfter ?? 0) && !killed) {
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
            if (signal === 'SIGKILL') return resolve(-1);
            if (code !== 0) return reject(new Error(`replica ${n} exited ${code}: ${err}`));
            resolve((JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { sent: number }).sent);
          });
        }),
    );
    const perReplica = await Promise.all(runs);
    const state = await seed.exportState();
    const ledger = new Set(Object.keys(state.ledger));
    const accepted = new Set(platform.log.map((a) => a.key));
    const expected = o.channels * o.perChannel;
    const last = Math.max(...platform.log.map((a) => a.at));
    return {
      expected,
      accepted: platform.log.length,
      repeats: platform.log.filter((a) => a.repeat).length,
      lost: expected - accepted.size,
      recordedNotDelivered: [...ledger].filter((k) => !accepted.has(k)).length,
      deliveredNotRecorded: [...accepted].filter((k) => !ledger.has(k)).length,
      ms: last - started,
      perReplica,
      rejected429: platform.rejected(),
      killed,
    };
  } finally {
    await platform.close();
    await seed.close();
  }
}
