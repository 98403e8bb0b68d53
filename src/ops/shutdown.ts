import type { Logger } from './logger.js';

/** Where signals come from and how the process ends; `process` in production, a twin in tests. */
export interface ProcessLike {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  exit(code: number): void;
}

export interface ShutdownOptions {
  /** Stops every service (Runtime.stop); resolves with whether everything stopped cleanly. */
  stop: () => Promise<boolean>;
  logger: Logger;
  /** The process exits by then whatever happens (Kubernetes and Docker wait 10 s before SIGKILL). */
  hardLimitMs?: number;
  proc?: ProcessLike;
  signals?: readonly NodeJS.Signals[];
}

export interface Shutdown {
  /** Starts the shutdown (a signal, the console's end of input, a fatal error). Idempotent. */
  begin(reason: string, code?: number): Promise<void>;
  /** True once begun: stop taking new work. */
  readonly begun: boolean;
  dispose(): void;
}

export const HARD_LIMIT_MS = 10_000;

/**
 * The shutdown coordinator: on SIGTERM or SIGINT (or begin()) it stops the services once, then exits
 * 0, or 1 when something did not stop cleanly. A second signal, or the hard limit, exits at once.
 * Uncaught errors are logged and shut the bot down with code 1 instead of killing it mid-write.
 */
export function installShutdown(options: ShutdownOptions): Shutdown {
  const proc = options.proc ?? (process as unknown as ProcessLike);
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const { logger } = options;
  let running: Promise<void> | null = null;
  let exited = false;

  const exit = (code: number) => {
    if (exited) return;
    exited = true;
    dispose();
    proc.exit(code);
  };

  function begin(reason: string, code = 0): Promise<void> {
    if (running) return running;
    logger.info({ reason }, 'shutting down: no new work; finishing what is in flight');
    const limit = setTimeout(() => {
      logger.error(
        { ms: options.hardLimitMs ?? HARD_LIMIT_MS },
        'shutdown exceeded its time limit; exiting now',
      );
      exit(1);
    }, options.hardLimitMs ?? HARD_LIMIT_MS);
    running = options
      .stop()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        return false;
      })
      .then((clean) => {
        clearTimeout(limit);
        logger.info({ clean }, 'stopped');
        exit(clean ? code : Math.max(code, 1));
      });
    return running;
  }

  const onSignal = (signal: unknown) => {
    if (running) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      exit(130);
      return;
    }
    void begin(String(signal));
  };
  const onFatal = (error: unknown) => {
    logger.fatal({ err: error }, 'uncaught error');
    void begin('uncaught error', 1);
  };
  const listeners = signals.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, listener] of listeners) proc.on(signal, listener);
  proc.on('uncaughtException', onFatal);
  proc.on('unhandledRejection', onFatal);

  function dispose(): void {
    for (const [signal, listener] of listeners) proc.off(signal, listener);
    proc.off('uncaughtException', onFatal);
    proc.off('unhandledRejection', onFatal);
  }

  return {
    begin,
    get begun() {
      return running !== null;
    },
    dispose,
  };
}
