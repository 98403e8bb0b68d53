import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { createEngine, type Engine } from '../core/engine/index.js';
import type { Logger } from '../ops/logger.js';
import { type Metrics, noopMetrics } from '../ops/metrics.js';
import type { EngineSource } from './bot.js';
import { FactBaseError, type LoadedFactBase, loadFactBaseFile, unreadable } from './factbase-file.js';

/**
 * An EngineSource that follows the fact base file: on every change it re-reads and validates it and
 * swaps the engine. An invalid edit is logged with every problem (path, message, fix) and the last
 * valid version keeps serving.
 */

export type ReloadOutcome = 'reloaded' | 'unchanged' | 'rejected';

export interface FactBaseWatch extends EngineSource {
  /** Re-reads the file now (the watcher calls this; so may a SIGHUP handler). */
  reload(): Promise<ReloadOutcome>;
  close(): void;
}

export interface WatchOptions {
  /** Editors write in bursts: wait this long after the last change. Default 150 ms. */
  debounceMs?: number;
  /** The clock: an engine compiles what is known today before it serves (default: the system clock). */
  now?: () => Date;
}

/** A new engine, with today's knowledge compiled before it answers anything (0.7 s at 100,000 records). */
function ready(engine: Engine, now: () => Date): Engine {
  engine.knowledgeAt(now());
  return engine;
}

/** Reads the file once (throws FactBaseError if it is invalid at start), then watches it. */
export async function watchFactBase(
  path: string,
  logger: Logger,
  metrics: Metrics = noopMetrics,
  options: WatchOptions = {},
): Promise<FactBaseWatch> {
  const log = logger.child({ component: 'factbase', file: path });
  const first = await loadFactBaseFile(path).catch((error: unknown) => {
    throw unreadable(path, error);
  });
  if (!first.result.ok) throw new FactBaseError(path, first.result.problems);
  const clock = options.now ?? (() => new Date());
  let engine: Engine = ready(createEngine(first.result.value), clock);
  let lastDigest = first.digest;
  metrics.factBaseVersion(engine.version);
  let queue: Promise<ReloadOutcome> = Promise.resolve('unchanged');
  let timer: NodeJS.Timeout | null = null;

  async function load(): Promise<ReloadOutcome> {
    let loaded: LoadedFactBase;
    try {
      loaded = await loadFactBaseFile(path);
    } catch (error) {
      log.error(
        { code: (error as NodeJS.ErrnoException).code },
        'fact base file cannot be read; still serving the last valid version',
      );
      return 'rejected';
    }
    if (loaded.digest === lastDigest) return 'unchanged';
    const parsed = loaded.result;
    if (!parsed.ok) {
      const summary = parsed.problems.map((p) => `${p.path}: ${p.message} (fix: ${p.fix})`).join('; ');
      log.error(
        { problems: parsed.problems, serving: engine.version },
        `fact base edit rejected, still serving version ${engine.version}: ${summary}`,
      );
      return 'rejected';
    }
    const previous = engine.version;
    engine = ready(createEngine(parsed.value), clock);
    lastDigest = loaded.digest;
    metrics.factBaseVersion(engine.version);
    log.info({ version: engine.version, previous }, `fact base reloaded: version ${engine.version}`);
    return 'reloaded';
  }

  function reload(): Promise<ReloadOutcome> {
    queue = queue.then(load, load);
    return queue;
  }

  const file = basename(path);
  // Watch the folder: editors often replace the file (write a new one, rename it over the old).
  let watcher: FSWatcher | null = watch(dirname(path), { persistent: false }, (_event, name) => {
    if (name !== null && name !== file) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void reload();
    }, options.debounceMs ?? 150);
  });
  watcher.on('error', (error) =>
    log.error({ err: error }, 'fact base watcher failed; edits are not picked up'),
  );

  return {
    current: () => engine,
    reload,
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
      watcher = null;
    },
  };
}
