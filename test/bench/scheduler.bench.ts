/**
 * Scheduler benchmark (npx tsx test/bench/scheduler.bench.ts; bounded: about 50 s on 2 cores).
 *
 * 1. Planner: plan() for 10,000 subscriptions and 1,000 events, per tick: the first tick after a fact
 *    base change (cold: per-zone reminder times computed), quiet minutes, and the busiest minute
 *    (Monday 09:00 New York: every matching digest plus the reminders due).
 * 2. Fan-out: 10,000 reminders due at once to 2,000 channels, delivered by a child process through a
 *    loopback fake platform allowing 10 posts/s per channel and 500/s overall (429 past them), with
 *    the state file (fsync'd) as the ledger. Elapsed time as a ratio to the minimum the limits allow,
 *    and duplicates/losses from the platform's log against the ledger.
 * 3. The same fan-out with the child killed (SIGKILL) half-way and restarted.
 */
import { createEngine } from '../../src/core/engine/engine.js';
import { plan } from '../../src/core/schedule/planner.js';
import { buildJobs } from '../../src/scheduling/jobs.js';
import { ledgerView } from '../../src/scheduling/ledger-view.js';
import { emptyState } from '../../src/store/schema.js';
import { type FanoutOptions, minimumMs, runFanout } from '../scheduling/fanout/run.js';
import { manyEvents, manySubscriptions } from '../scheduling/load/planner-load.js';
import { ms, summarize } from './stats.js';

const SUBS = 10_000;
const EVENTS = 1_000;

function planner(): void {
  const facts = manyEvents(EVENTS);
  const engine = createEngine(facts);
  const kb = engine.knowledgeAt('2026-03-01T12:00:00Z');
  const state = emptyState();
  state.subscriptions = manySubscriptions(SUBS);
  const ledger = ledgerView(state);
  const at = (iso: string, plusMinutes = 0) => new Date(Date.parse(iso) + plusMinutes * 60_000);
  /** One tick as the scheduler runs it: plan, then build the messages; optionally record all as sent. */
  const tick = (now: Date, record: boolean) => {
    const s = performance.now();
    const p = plan(now, kb.facts, state.subscriptions, ledger);
    const planMs = performance.now() - s;
    const built = buildJobs(kb, state, p.due);
    const totalMs = performance.now() - s;
    if (record) {
      const iso = now.toISOString();
      for (const d of p.due) {
        state.ledger[d.key] = { at: iso, outcome: 'sent' };
        if (d.occurrence.kind === 'digest')
          state.digests[d.subscription.id] = {
            lastAt: new Date(d.occurrence.dueMs).toISOString(),
            snapshot: 'x',
          };
      }
      state.lastTickAt = iso;
    }
    return { planMs, totalMs, due: p.due.length, jobs: built.jobs.length };
  };
  // The first tick after start (or a fact base change) computes each zone's reminder times and
  // catches up everything due; then the clock moves on a minute at a time, as in production.
  const cold = tick(at('2026-05-31T12:00:30Z'), true);
  for (let m = 1; m <= 10; m++) tick(at('2026-05-31T12:00:30Z', m), true);
  const quiet: number[] = [];
  for (let m = 11; m <= 110; m++) quiet.push(tick(at('2026-05-31T12:00:30Z', m), true).planMs);
  // Up to the minute before Monday 09:00 in New York, then that minute, measured without recording.
  for (let m = 0; m < 24 * 60; m += 30) tick(at('2026-05-31T13:00:30Z', m), true);
  tick(at('2026-06-01T12:59:30Z'), true);
  const busyPlan: number[] = [];
  const busyTotal: number[] = [];
  let busy = { due: 0, jobs: 0 };
  for (let r = 0; r < 20; r++) {
    const t = tick(at('2026-06-01T13:00:30Z'), false);
    busyPlan.push(t.planMs);
    busyTotal.push(t.totalMs);
    busy = t;
  }
  const q = summarize(quiet);
  const bp = summarize(busyPlan);
  const bt = summarize(busyTotal);
  console.log(
    `planner: ${SUBS.toLocaleString('en')} subscriptions (6 zones, 90% reminders, 70% digests) × ${EVENTS.toLocaleString('en')} events; ledger ${Object.keys(state.ledger).length.toLocaleString('en')} entries`,
  );
  console.log('| tick | n | median ms | p99 ms | posts due |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| first tick after start: plan (cold zone caches, full catch-up) | 1 | ${ms(cold.planMs)} | ${ms(cold.planMs)} | ${cold.due.toLocaleString('en')} |`,
  );
  console.log(
    `| first tick: plan + build messages | 1 | ${ms(cold.totalMs)} | ${ms(cold.totalMs)} | ${cold.jobs.toLocaleString('en')} |`,
  );
  console.log(`| quiet minute: plan | ${q.n} | ${ms(q.median)} | ${ms(q.p99)} | 0 |`);
  console.log(
    `| busiest minute (Mon 09:00 New York): plan | ${bp.n} | ${ms(bp.median)} | ${ms(bp.p99)} | ${busy.due.toLocaleString('en')} |`,
  );
  console.log(
    `| busiest minute: plan + build messages | ${bt.n} | ${ms(bt.median)} | ${ms(bt.p99)} | ${busy.jobs.toLocaleString('en')} |`,
  );
}

async function fanout(): Promise<void> {
  const o: FanoutOptions = {
    channels: 2_000,
    perChannel: 5,
    limits: { perChannel: 10, global: 500, windowMs: 1000 },
    concurrency: 32,
  };
  const min = minimumMs(o);
  const total = (o.channels * o.perChannel).toLocaleString('en');
  console.log(
    `\nfan-out: ${total} posts to ${o.channels.toLocaleString('en')} channels; limits ${o.limits.perChannel}/s per channel, ${o.limits.global}/s overall; minimum the limits allow: ${(min / 1000).toFixed(1)} s`,
  );
  console.log(
    '| run | delivery s | ratio to minimum | 429s | restart gap s | shown twice | repeats (same key) | lost | recorded, not delivered | delivered, not recorded |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const runs = [
    ['straight (whole tick)', undefined],
    ['kill -9 at 5,000, restart (first→last post, less the gap)', 5_000],
  ] as const;
  for (const [name, killAfter] of runs) {
    const r = await runFanout(killAfter ? { ...o, killAfter } : o);
    const elapsed = killAfter ? r.spanMs - r.restartGapMs : r.tickMs;
    const shownTwice = r.accepted - r.repeats - (r.expected - r.lost);
    const cells = [
      name,
      (elapsed / 1000).toFixed(1),
      (elapsed / min).toFixed(3),
      r.rejected429,
      (r.restartGapMs / 1000).toFixed(1),
      shownTwice,
      r.repeats,
      r.lost,
      r.recordedNotDelivered,
      r.deliveredNotRecorded,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  console.log(
    '\n"repeats": posts in flight, or accepted but not yet durable in the ledger (at most 64), when the process died; sent again after the restart with the same idempotency key, the platform (like Discord with enforce_nonce) shows them once. Without such a key they would be duplicates.',
  );
}

const started = performance.now();
planner();
if (!process.argv.includes('--planner-only')) await fanout();
console.log(`\n(total ${((performance.now() - started) / 1000).toFixed(1)} s)`);
