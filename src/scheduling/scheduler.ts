import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { EngineSource } from '../app/bot.js';
import type { Platform, Subscription } from '../core/subscriptions/types.js';
import type { Service } from '../lifecycle/service.js';
import type { Logger } from '../ops/logger.js';
import { type Metrics, noopMetrics } from '../ops/metrics.js';
import type { NewsStore } from '../store/news-port.js';
import type { StateStore } from '../store/store.js';
import { deliverClaimed } from './claimed-delivery.js';
import type { DeliveryOptions, JobOutcome } from './delivery.js';
import type { PlannedJob } from './jobs.js';
import { buildNewsJobs } from './news-jobs.js';
import type { Poster } from './poster.js';
import { buildInSlices, planInSlices } from './tick-slices.js';

/**
 * The scheduler: one node-cron tick a minute (noOverlap) asks the pure planner what is due and
 * delivers it. A delivery is recorded in the ledger only after the platform accepted it.
 */

export interface SchedulerDeps {
  store: StateStore;
  engines: EngineSource;
  posters: readonly Poster[];
  clock: () => Date;
  logger: Logger;
  metrics?: Metrics;
  /** Start a node-cron task on start() (default true). Off: call tick() yourself. */
  cron?: boolean;
  /** Default every minute. */
  cronExpression?: string;
  delivery?: Omit<DeliveryOptions, 'signal'>;
  reminderGraceMs?: number;
  /** Ledger entries older than this are dropped (default 40 days). */
  ledgerRetentionMs?: number;
  /** Who holds this scheduler's claims (default host, pid and a random part). */
  owner?: string;
  /** How long a claim lasts unless renewed (default 60 s); a killed process's claims expire after it. */
  claimLeaseMs?: number;
  /** Posts claimed at a time from a shared store (default 200), so replicas share a tick's work. */
  claimBatch?: number;
  /** The news reports: posted to channels subscribed to news, and listed in digests. */
  news?: NewsStore;
}

export interface TickReport {
  at: string;
  due: number;
  sent: number;
  /** Too old to post (missed while down): logged, not posted. */
  skipped: number;
  /** Digests with nothing new, for subscriptions that asked for no "no news" posts. */
  silent: number;
  /** Not delivered this time (transient errors, long Retry-After, stopping): offered again next tick. */
  deferred: number;
  permanent: number;
  dropped: number;
  rateLimited: number;
  /** Due here but claimed or already delivered by another process sharing the store. */
  elsewhere: number;
}

export interface Scheduler extends Service {
  /** Plans and delivers what is due at `now`. Ticks never overlap: a second call waits for the first. */
  tick(now: Date): Promise<TickReport>;
}

const DAY_MS = 86_400_000;
/** News reports read per tick: the store keeps about this many (NEWS_KEEP). */
const NEWS_REPORTS_READ = 2_000;
const isNewsKey = (key: string) => key.includes('|news:');

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const metrics = deps.metrics ?? noopMetrics;
  const log = deps.logger.child({ component: 'scheduler' });
  const posters = new Map<Platform, Poster>(deps.posters.map((p) => [p.platform, p]));
  let task: ScheduledTask | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let abort = new AbortController();
  let started = false;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  /** One line per tick and reason (an outage defers thousands of posts: not one line each). */
  function logUndelivered(outcomes: Map<string, JobOutcome>): void {
    const counts = new Map<string, { status: string; reason: string; count: number; example: string }>();
    for (const [key, o] of outcomes) {
      if (o.status !== 'deferred' && o.status !== 'dropped') continue;
      const id = `${o.status}|${o.reason}`;
      const entry = counts.get(id) ?? { status: o.status, reason: o.reason, count: 0, example: key };
      entry.count++;
      counts.set(id, entry);
    }
    for (const c of counts.values()) {
      log.warn(
        c,
        c.status === 'deferred'
          ? 'deliveries deferred to a later tick'
          : 'deliveries dropped by the delivery worker',
      );
    }
  }

  async function runTick(now: Date): Promise<TickReport> {
    const { store } = deps;
    const at = now.toISOString();
    // Planned from what had been reported by now: a date not yet known gets no reminder.
    const engine = deps.engines.current();
    const kb = engine.knowledgeAt(now);
    const state = await store.scheduleState();
    const held = (sub: Subscription) => {
      const poster = posters.get(sub.channel.platform);
      return poster !== undefined && (poster.holds?.(sub.channel) ?? true);
    };
    const { due, skipped } = await planInSlices(now, kb.facts, state, deps.reminderGraceMs, held);
    const reports = deps.news ? await deps.news.listNewsItems({ limit: NEWS_REPORTS_READ }) : [];
    const newsJobs = buildNewsJobs(kb, engine.allSources, state, reports, now, held);
    for (const s of skipped) {
      log.warn(
        { key: s.key, dueAt: new Date(s.occurrence.dueMs).toISOString(), channel: s.subscription.id },
        'reminder skipped: it came due more than the grace window ago while the scheduler was not running',
      );
      metrics.delivery('skipped', s.subscription.channel.platform);
    }
    const built = await buildInSlices(kb, state, due, reports);
    await Promise.all(
      built.silent.map(({ due: d, snapshot }) =>
        store.recordDelivery(
          d.key,
          { at, outcome: 'skipped' },
          { subscriptionId: d.subscription.id, lastAt: new Date(d.occurrence.dueMs).toISOString(), snapshot },
        ),
      ),
    );
    for (const d of built.orphaned)
      log.info({ key: d.key }, 'reminder dropped: its event is no longer in the fact base');
    const report = await deliverClaimed(
      [...built.jobs, ...newsJobs],
      posters,
      {
        sent: async (job, result) => {
          const planned = job as PlannedJob;
          await store.recordDelivery(
            job.key,
            { at, outcome: 'sent', ...(result.messageId ? { messageId: result.messageId } : {}) },
            planned.snapshot
              ? {
                  subscriptionId: job.subscriptionId,
                  lastAt: new Date(planned.due.occurrence.dueMs).toISOString(),
                  snapshot: planned.snapshot,
                }
              : undefined,
          );
          metrics.delivery('sent', job.channel.platform);
          if (isNewsKey(job.key)) metrics.newsPosted(job.channel.platform);
        },
        permanent: async (job, reason) => {
          const changed = await store.markFailing(job.subscriptionId, reason, at);
          metrics.delivery('failed', job.channel.platform);
          if (changed) {
            log.error(
              { channel: job.subscriptionId, reason },
              'scheduled posts to this channel stopped after a permanent error; subscribe again in the channel to resume',
            );
          }
        },
        rateLimited: (job, ms) => {
          metrics.delivery('rate-limited', job.channel.platform);
          log.debug({ channel: job.subscriptionId, retryAfterMs: ms }, 'rate limited');
        },
      },
      { ...deps.delivery, signal: abort.signal },
      {
        store,
        owner,
        leaseMs: deps.claimLeaseMs ?? 60_000,
        batch: store.shared ? (deps.claimBatch ?? 200) : 0,
      },
    );
    logUndelivered(report.outcomes);
    await store.finishTick(
      at,
      new Date(now.getTime() - (deps.ledgerRetentionMs ?? 40 * DAY_MS)).toISOString(),
    );
    const tick: TickReport = {
      at,
      due: due.length + newsJobs.length,
      sent: report.sent,
      skipped: skipped.length,
      silent: built.silent.length,
      deferred: report.deferred,
      permanent: report.permanent,
      dropped: report.dropped + built.orphaned.length,
      rateLimited: report.rateLimited,
      elsewhere: report.elsewhere,
    };
    if (tick.due || tick.skipped) log.info(tick, 'tick');
    return tick;
  }

  function tick(now: Date): Promise<TickReport> {
    const next = running.then(() => runTick(now));
    running = next.catch(() => undefined);
    return next;
  }

  async function cronTick(): Promise<void> {
    try {
      await tick(deps.clock());
    } catch (error) {
      log.error({ err: error }, 'scheduler tick failed; the next tick tries again');
    }
  }

  return {
    name: 'scheduler',
    tick,
    async start() {
      abort = new AbortController();
      started = true;
      if (deps.cron === false) return;
      task = cron.schedule(deps.cronExpression ?? '* * * * *', cronTick, {
        name: 'deal-bot-scheduler',
        noOverlap: true,
      });
      // Catch up at once after a restart rather than at the next minute.
      void cronTick();
    },
    async stop() {
      started = false;
      abort.abort();
      if (task) await task.destroy();
      task = null;
      await running;
    },
    ready: () => started,
  };
}
