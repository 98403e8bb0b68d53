/**
 * Replicas benchmark (npm run bench -- replicas; about 2 minutes on 2 cores): 10,000 reminders due at
 * once to 2,000 channels, delivered to a loopback fake platform (10 posts/s per channel, 500/s
 * overall, 429 past them) by
 *   1. one process with the lowdb state file (the single-process figure),
 *   2. one replica on PostgreSQL,
 *   3. two replicas sharing one PostgreSQL database,
 *   4. two replicas, the first killed with SIGKILL once the platform has 5,000 posts (lease 5 s).
 * Reports time, duplicates (keys accepted twice), losses, and ledger/platform mismatches.
 * The PostgreSQL server is a throwaway one, as in the tests (test/pg/server.ts).
 */
import pg from 'pg';
import { startTestPostgres } from '../pg/server.js';
import { runReplicas } from '../scheduling/fanout/replicas.js';
import { type FanoutOptions, minimumMs, runFanout } from '../scheduling/fanout/run.js';

const o: FanoutOptions = {
  channels: 2_000,
  perChannel: 5,
  limits: { perChannel: 10, global: 500, windowMs: 1000 },
  concurrency: 32,
};
const min = minimumMs(o);
const server = await startTestPostgres();
let n = 0;
async function database(): Promise<string> {
  const name = `bench_${++n}`;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return url.toString();
}

console.log(
  `fan-out: ${(o.channels * o.perChannel).toLocaleString('en')} posts to ${o.channels.toLocaleString('en')} channels; limits ${o.limits.perChannel}/s per channel, ${o.limits.global}/s overall; minimum the limits allow: ${(min / 1000).toFixed(1)} s; PostgreSQL from ${server.binaries}`,
);
console.log(
  '| run | s | ratio to minimum | vs single process | posts per process | 429s | duplicates (same key twice) | lost | recorded, not delivered | delivered, not recorded |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
try {
  const single = await runFanout(o);
  const base = single.tickMs;
  const row = (
    name: string,
    ms: number,
    per: string,
    r: {
      rejected429: number;
      repeats: number;
      lost: number;
      recordedNotDelivered: number;
      deliveredNotRecorded: number;
    },
  ) =>
    console.log(
      `| ${[name, (ms / 1000).toFixed(1), (ms / min).toFixed(2), (ms / base).toFixed(2), per, r.rejected429, r.repeats, r.lost, r.recordedNotDelivered, r.deliveredNotRecorded].join(' | ')} |`,
    );
  row('one process, lowdb file', base, '10,000', single);
  const runs = [
    ['one replica, PostgreSQL', 1, undefined],
    ['two replicas, PostgreSQL', 2, undefined],
    ['two replicas, first kill -9 at 5,000', 2, 5_000],
  ] as const;
  for (const [name, replicas, killAfter] of runs) {
    const r = await runReplicas({
      databaseUrl: await database(),
      replicas,
      channels: o.channels,
      perChannel: o.perChannel,
      limits: o.limits,
      concurrency: o.concurrency,
      leaseMs: 5_000,
      ...(killAfter ? { killAfter } : {}),
    });
    row(name, r.ms, r.perReplica.map((p) => (p < 0 ? 'killed' : p.toLocaleString('en'))).join(' / '), r);
  }
} finally {
  await server.stop();
}
console.log(
  '\nDuplicates are posts the killed replica had in flight, or had sent but not yet recorded, when it died: the survivor sends them again once their claims expire. With an idempotency key (Discord nonce) the platform shows them once; Slack has none, so up to that many can appear twice there.',
);
