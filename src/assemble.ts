import { createConsolePoster } from './adapters/console/poster.js';
import { Bot } from './app/bot.js';
import { createConsoleService } from './app/console-service.js';
import { watchFactBase } from './app/factbase-watch.js';
import { createNewsCommands } from './app/news-commands.js';
import { openStore } from './app/store-service.js';
import { createSubscriptionService } from './app/subscription-service.js';
import type { Config } from './config.js';
import type { HttpRoute, Service } from './lifecycle/service.js';
import { judgeSource } from './news/judge.js';
import { createNewsWatch } from './news/service.js';
import { NEWS_DEFAULTS, USER_AGENT } from './news/watch-config.js';
import { createHttpService } from './ops/http-service.js';
import type { Logger } from './ops/logger.js';
import { createPrometheusMetrics, type PrometheusMetrics } from './ops/prometheus.js';
import { opsRoutes } from './ops/routes.js';
import { Runtime } from './runtime.js';
import type { Poster } from './scheduling/poster.js';
import { createScheduler } from './scheduling/scheduler.js';
import type { NewsStore } from './store/news-port.js';

export interface AssembleOptions {
  config: Config;
  logger: Logger;
  /** `--reset-state`: move the state file aside to a timestamped backup and start fresh. */
  resetState: boolean;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  /** Standard input is a terminal: show a prompt. */
  interactive: boolean;
  /** Standard input ended in console mode (with the console's error, if it failed). */
  onConsoleEnd: (error?: unknown) => void;
  clock?: () => Date;
}

export interface AssembledBot {
  /** Start it with runtime.start(); stop it with runtime.stop(). */
  runtime: Runtime;
  metrics: PrometheusMetrics;
  /** No platform credentials: the console runs. */
  consoleMode: boolean;
}

/**
 * Builds the bot from the configuration: loads (and watches) the fact base, opens the state store,
 * and lists the services in start order: ops HTTP server, store, fact base watcher, platforms,
 * news watch (when NEWS_FEEDS lists feeds), scheduler, console. The runtime stops them in reverse: the console and the scheduler stop taking
 * work first, the store closes after everything that writes to it. Throws FactBaseError or
 * StateFileError, each naming the file, the problem and the fix; main.ts prints it and exits 1.
 */
export async function assembleBot(options: AssembleOptions): Promise<AssembledBot> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const metrics = createPrometheusMetrics();

  const facts = await watchFactBase(config.factsPath, logger, metrics);
  logger.info({ file: config.factsPath, version: facts.current().version }, 'fact base loaded');
  const store = await openStore(
    { statePath: config.statePath, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) },
    { reset: options.resetState, clock, logger },
  );
  // The news port is part of the state port: the state file's news, or PostgreSQL's news tables.
  const newsStore: NewsStore = store.store;
  const subscriptions = createSubscriptionService({
    store: store.store,
    defaultTimeZone: config.defaultTimeZone,
    defaultLang: config.defaultLang,
    engines: facts,
    logger,
    news: newsStore,
  });
  const news = createNewsCommands({
    news: newsStore,
    store: store.store,
    engines: facts,
    defaultLang: config.defaultLang,
    defaultTimeZone: config.defaultTimeZone,
    watching: config.news.feeds.length > 0,
  });
  const bot = new Bot({ engines: facts, clock, subscriptions, news, metrics, logger });

  let runtime: Runtime | undefined;
  const routes: HttpRoute[] = opsRoutes({
    readiness: () => runtime?.readiness() ?? { ready: false, stopping: false, checks: {} },
    metrics,
  });
  const posters: Poster[] = [];
  const platforms: Service[] = [];

  // Each platform's library is loaded only when it is configured: an unused @slack/bolt (9 MB) or
  // discord.js (13 MB) would sit in the old generation and lengthen every full garbage collection.
  if (config.discord) {
    const { createDiscordService } = await import('./adapters/discord/service.js');
    const discord = createDiscordService({
      config: config.discord,
      bot,
      logger,
      metrics,
      clock,
      defaultLang: config.defaultLang,
    });
    if (discord.interactionsRoute) routes.push(discord.interactionsRoute);
    platforms.push(discord);
    posters.push(discord.poster);
  }
  const slack = config.slack
    ? (await import('./adapters/slack/service.js')).createSlackService({
        config: config.slack,
        bot,
        logger,
        subscriptions,
        metrics,
        clock,
        store: store.store,
        lang: config.defaultLang,
        host: config.host,
        ...(config.port !== undefined ? { port: config.port } : {}),
        ...(config.slack.mode === 'http' ? { customRoutes: routes } : {}),
      })
    : undefined;
  if (slack) {
    platforms.unshift(slack);
    posters.push(slack.poster);
  }

  const consoleMode = !config.slack && !config.discord;
  if (consoleMode) posters.push(createConsolePoster(options.stdout));

  const services: Service[] = [];
  // One server on PORT: Slack's Bolt server when it runs in HTTP mode (it carries our routes), else ours.
  if (config.port !== undefined && !slack?.servesCustomRoutes) {
    services.push(createHttpService({ port: config.port, host: config.host, routes, logger }));
  }
  services.push(store.service, {
    name: 'factbase',
    start: async () => {},
    stop: async () => facts.close(),
    ready: () => true,
  });
  services.push(...platforms);
  if (config.news.feeds.length) {
    services.push(
      createNewsWatch(
        {
          ...config.news,
          maxRedirects: NEWS_DEFAULTS.maxRedirects,
          concurrency: NEWS_DEFAULTS.concurrency,
          userAgent: USER_AGENT,
        },
        { store: newsStore, judge: judgeSource(facts, clock), clock, logger, metrics },
      ),
    );
  }
  if (config.scheduler) {
    services.push(
      createScheduler({
        store: store.store,
        engines: facts,
        posters,
        clock,
        logger,
        metrics,
        news: newsStore,
      }),
    );
  }
  if (consoleMode) {
    services.push(
      createConsoleService(bot, {
        input: options.stdin,
        output: options.stdout,
        interactive: options.interactive,
        onEnd: options.onConsoleEnd,
      }),
    );
  }

  runtime = new Runtime(services, { logger, drainMs: config.drainMs });
  return { runtime, metrics, consoleMode };
}
