import type { Service } from '../lifecycle/service.js';
import type { Logger } from '../ops/logger.js';
import { type PollDeps, type PollReport, pollFeeds } from './poll.js';
import type { NewsWatchConfig } from './watch-config.js';

/**
 * The news watch as a Service: polls every feed at start and then every NEWS_POLL. It is ready as
 * soon as it runs, whatever the feeds do: a dead feed is logged and backed off, and never fails
 * /readyz. Polls never overlap; stop() aborts the fetches in flight and waits for the poll to end.
 */
export interface NewsWatch extends Service {
  /** Polls now (after any poll in flight). */
  poll(): Promise<PollReport>;
}

export function createNewsWatch(
  config: NewsWatchConfig,
  deps: Omit<PollDeps, 'stateful' | 'signal' | 'logger'> & { logger: Logger },
): NewsWatch {
  const log = deps.logger.child({ component: 'news' });
  let timer: NodeJS.Timeout | undefined;
  let abort = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  let started = false;

  function poll(): Promise<PollReport> {
    const next = running.then(() => pollFeeds(config, { ...deps, stateful: true, signal: abort.signal }));
    running = next.catch(() => undefined);
    return next;
  }

  function scheduled(): void {
    poll().catch((error: unknown) =>
      log.error({ err: error }, 'news poll failed; the next poll tries again'),
    );
  }

  return {
    name: 'news',
    poll,
    async start() {
      started = true;
      abort = new AbortController();
      if (!config.feeds.length) {
        log.info('news watch off: NEWS_FEEDS lists no feeds');
        return;
      }
      log.info({ feeds: config.feeds.length, pollMs: config.pollMs }, 'news watch started');
      scheduled();
      timer = setInterval(scheduled, config.pollMs);
      timer.unref();
    },
    async stop() {
      started = false;
      if (timer) clearInterval(timer);
      timer = undefined;
      abort.abort();
      await running;
    },
    ready: () => started,
  };
}
