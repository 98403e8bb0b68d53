import type { Service } from './lifecycle/service.js';
import type { Logger } from './ops/logger.js';
import type { ReadinessReport } from './ops/routes.js';

export interface RuntimeOptions {
  logger: Logger;
  /** The whole stop sequence fits in this budget (the process must exit within 10 s of SIGTERM). */
  stopBudgetMs?: number;
  /**
   * SIGTERM's first step: /readyz already answers 503 while the HTTP servers let the requests in flight
   * finish for at most this long (SHUTDOWN_DRAIN_MS); then the services stop. Part of the stop budget.
   */
  drainMs?: number;
  /** Readiness checks that are not services (the fact base loaded, say). */
  checks?: Record<string, () => boolean>;
}

export interface StopReport {
  /** Services that did not stop within their share of the budget, or threw. */
  failed: string[];
}

/** Leave the last slice of the 10 s for logging and exit. */
export const DEFAULT_STOP_BUDGET_MS = 9_000;
/** How long requests in flight may take to finish at shutdown, unless SHUTDOWN_DRAIN_MS says otherwise. */
export const DEFAULT_DRAIN_MS = 3_000;

/**
 * Starts services in order and stops them in reverse (the scheduler before the platforms it posts
 * through, the platforms before the store they write to), within one time budget: a service that
 * hangs is abandoned so the ones after it still close. Reports readiness for /readyz.
 */
export class Runtime {
  private readonly started: Service[] = [];
  private stopping: Promise<StopReport> | null = null;

  constructor(
    private readonly services: readonly Service[],
    private readonly options: RuntimeOptions,
  ) {}

  async start(): Promise<void> {
    for (const service of this.services) {
      if (this.stopping) return;
      const begun = performance.now();
      // Listed before it has started, so a stop() that arrives mid-start stops it too.
      this.started.push(service);
      try {
        await service.start();
      } catch (error) {
        if (this.stopping) return;
        this.options.logger.error({ err: error, service: service.name }, `${service.name} failed to start`);
        await this.stop();
        throw new StartError(service.name, error);
      }
      this.options.logger.info(
        { service: service.name, ms: Math.round(performance.now() - begun) },
        `${service.name} started`,
      );
    }
  }

  readiness(): ReadinessReport {
    const checks: Record<string, boolean> = {};
    for (const [name, check] of Object.entries(this.options.checks ?? {})) checks[name] = safe(check);
    for (const service of this.services) {
      checks[service.name] = this.started.includes(service) && safe(() => service.ready());
    }
    const stopping = this.stopping !== null;
    return { ready: !stopping && Object.values(checks).every(Boolean), stopping, checks };
  }

  get isStopping(): boolean {
    return this.stopping !== null;
  }

  /** Stops every started service, last started first. Idempotent: a second call returns the same promise. */
  stop(): Promise<StopReport> {
    this.stopping ??= this.stopAll();
    return this.stopping;
  }

  private async stopAll(): Promise<StopReport> {
    const { logger } = this.options;
    const deadline = performance.now() + (this.options.stopBudgetMs ?? DEFAULT_STOP_BUDGET_MS);
    const failed: string[] = [];
    // Readiness already reports stopping (503): the servers let what is in flight finish first.
    const drainMs = this.options.drainMs ?? DEFAULT_DRAIN_MS;
    const draining = this.started.filter((s) => s.drain);
    if (draining.length) {
      logger.info({ ms: drainMs }, 'draining: /readyz answers 503; requests in flight may finish');
      await Promise.all(
        draining.map(async (service) => {
          const outcome = await withTimeout(
            Promise.resolve().then(() => service.drain?.(drainMs)),
            drainMs + 500,
          );
          if (outcome !== 'ok')
            logger.warn({ service: service.name }, `${service.name} did not drain cleanly`);
        }),
      );
    }
    for (const service of [...this.started].reverse()) {
      const remaining = Math.max(0, deadline - performance.now());
      // Each service may use what is left, but leaves a share for the ones after it.
      const left = this.started.indexOf(service) + 1;
      const share = left > 1 ? remaining / 2 : remaining;
      const outcome = await withTimeout(
        Promise.resolve().then(() => service.stop()),
        share,
      );
      if (outcome === 'ok') logger.info({ service: service.name }, `${service.name} stopped`);
      else {
        failed.push(service.name);
        if (outcome === 'timeout')
          logger.error(
            { service: service.name, ms: Math.round(share) },
            `${service.name} did not stop in time`,
          );
        else logger.error({ service: service.name, err: outcome.error }, `${service.name} failed to stop`);
      }
    }
    return { failed };
  }
}

export class StartError extends Error {
  constructor(
    readonly service: string,
    readonly reason: unknown,
  ) {
    super(`${service} failed to start: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'StartError';
  }
}

function safe(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

async function withTimeout(work: Promise<void>, ms: number): Promise<'ok' | 'timeout' | { error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([work.then(() => 'ok' as const), timeout]);
  } catch (error) {
    return { error };
  } finally {
    clearTimeout(timer);
  }
}
