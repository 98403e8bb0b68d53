import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bot, SubscriptionCommands } from '../../app/bot.js';
import type { SlackConfig } from '../../config.js';
import type { Lang } from '../../core/answer/answer.js';
import type { HttpRoute, Service } from '../../lifecycle/service.js';
import { guardClientErrors, serverOptions } from '../../ops/http-boundary.js';
import type { Logger } from '../../ops/logger.js';
import { type Metrics, noopMetrics } from '../../ops/metrics.js';
import { ServerDrain } from '../../ops/server-drain.js';
import type { Poster } from '../../scheduling/poster.js';
import type { StateStore } from '../../store/store.js';
import { AnswerCache } from './answer-cache.js';
import { createBoltApp } from './bolt-app.js';
import { RecentKeys } from './dedupe.js';
import { registerActions } from './handlers/actions.js';
import { registerCommand } from './handlers/command.js';
import { registerConversation } from './handlers/conversation.js';
import type { HandlerDeps } from './handlers/deps.js';
import { registerHome } from './handlers/home.js';
import { registerUninstall } from './handlers/uninstall.js';
import { InFlight } from './in-flight.js';
import { type SlackInstallations, slackInstallations } from './installation-store.js';
import { createSlackPoster } from './poster.js';
import { describeStartError } from './start-error.js';

export interface SlackServiceOptions {
  config: SlackConfig;
  bot: Bot;
  logger: Logger;
  /** Lists this workspace's subscriptions on the App Home tab (the bot itself routes subscription commands). */
  subscriptions?: SubscriptionCommands;
  /** HTTP mode: where POST /slack/events and the custom routes are served (default 3000 on 0.0.0.0). */
  port?: number;
  host?: string;
  /** HTTP mode: extra routes on the same server (/healthz, /readyz, /metrics). Ignored in Socket Mode. */
  customRoutes?: HttpRoute[];
  /** The language to answer in when the text does not decide it (default en). */
  lang?: Lang;
  /** The wall clock, for the request-timestamp check (default Date.now). */
  clock?: () => Date;
  /** How long a subscription command may take before its answer moves from the ack to respond() (default 2 s). */
  ackBudgetMs?: number;
  /** Counts answers served from the fast-path cache (the bot counts the ones it computes). */
  metrics?: Metrics;
  /** How long a rendered `/deal` answer is reused for the same question (default 10 s; 0 turns it off). */
  answerCacheMs?: number;
  /** Socket Mode heartbeat timeout (tests). */
  socketPingTimeoutMs?: number;
  /**
   * The state store: keeps OAuth installations (required with config.oauth) and de-duplicates Slack's
   * retried events across every process sharing it. Without it, retries are remembered in memory.
   */
  store?: StateStore;
}

/** How long an event id is remembered against Slack's retries (they come within minutes). */
const EVENT_MEMORY_MS = 15 * 60_000;

export interface SlackService extends Service {
  /** Posts scheduled messages through chat.postMessage (for the scheduler). */
  readonly poster: Poster;
  readonly mode: 'http' | 'socket';
  /** True in HTTP mode: the custom routes are served on this service's port, so no separate ops server is needed. */
  readonly servesCustomRoutes: boolean;
  /** HTTP mode, once started: the bound address (port 0 picks a free one). */
  address(): AddressInfo | undefined;
}

/** The Slack app on Bolt: `/deal`, mentions, DMs, buttons and App Home; plus the Poster for scheduled posts. */
export function createSlackService(options: SlackServiceOptions): SlackService {
  const { config, logger } = options;
  const clock = options.clock;
  const now = clock ? () => clock().getTime() : Date.now;
  const store = options.store;
  if (config.oauth && !store) throw new Error('Slack OAuth keeps installations in the state store: pass it');
  const installations: SlackInstallations | undefined =
    config.oauth && store ? slackInstallations(store, config.oauth.encryptionKey, logger) : undefined;
  const bolt = createBoltApp({
    config,
    logger,
    now,
    ...(installations ? { installationStore: installations } : {}),
    ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
    ...(options.socketPingTimeoutMs ? { socketPingTimeoutMs: options.socketPingTimeoutMs } : {}),
  });
  const inFlight = new InFlight();
  const recent = new RecentKeys();
  const deps: HandlerDeps = {
    bot: options.bot,
    logger,
    lang: options.lang ?? 'en',
    ackBudgetMs: options.ackBudgetMs ?? 2000,
    inFlight,
    recent,
    answers: new AnswerCache({
      ttlMs: options.answerCacheMs ?? 10_000,
      maxEntries: 1000,
      // The rendered answer as Bolt will send it (UTF-16 in memory: two bytes a character).
      sizeOf: (cached) => JSON.stringify(cached.message).length * 2,
      now,
    }),
    metrics: options.metrics ?? noopMetrics,
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
  };
  const { app } = bolt;
  // First: /deal is answered in a global middleware that skips the other listeners (see there).
  registerCommand(app, deps);
  // Slack retries an event it thinks we missed (X-Slack-Retry-Num): one event id, one reply.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const first = store
      ? await store.firstSighting(`slack:event:${eventId}`, EVENT_MEMORY_MS)
      : recent.firstTime(`event:${eventId}`);
    if (!first) {
      logger.debug({ eventId, retryNum: context.retryNum }, 'slack: duplicate event ignored');
      return;
    }
    await next();
  });
  if (installations && store) registerUninstall(app, installations, store, logger, now);
  registerConversation(app, deps);
  registerActions(app, deps);
  registerHome(app, deps);
  app.error(async (error) => {
    logger.error({ err: error }, 'slack: unhandled error in Bolt');
  });

  let started = false;
  let connected = false;
  let address: AddressInfo | undefined;
  let drain: ServerDrain | undefined;
  if (bolt.mode === 'socket') {
    bolt.receiver.client.on('connected', () => {
      connected = true;
    });
    bolt.receiver.client.on('disconnected', () => {
      connected = false;
    });
    bolt.receiver.client.on('reconnecting', () => {
      connected = false;
    });
  }

  return {
    name: 'slack',
    mode: bolt.mode,
    servesCustomRoutes: bolt.mode === 'http',
    poster: createSlackPoster({
      botToken:
        config.botToken ?? ((workspace) => installations?.botToken(workspace) ?? Promise.resolve(undefined)),
      logger,
      ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
    }),
    address: () => address,
    async start() {
      try {
        await app.init();
        if (bolt.mode === 'http') {
          const server: Server = await app.start(
            { port: options.port ?? 3000, host: options.host ?? '0.0.0.0' },
            serverOptions(),
          );
          guardClientErrors(server, logger);
          drain = new ServerDrain(server);
          address = server.address() as AddressInfo;
          connected = true;
        } else {
          await app.start();
          connected = true;
        }
      } catch (error) {
        throw new Error(describeStartError(error, bolt.mode), { cause: error });
      }
      started = true;
      logger.info({ mode: bolt.mode, port: address?.port }, 'slack: started');
    },
    async drain(ms) {
      const left = await drain?.drain(ms);
      if (left) logger.warn({ requests: left }, 'slack: drain window over; cutting the requests left');
    },
    async stop() {
      if (!started) return;
      started = false;
      connected = false;
      const stopping = app.stop();
      // Bolt's stop waits for every connection: end the idle keep-alive ones and any left after the drain.
      drain?.close().catch(() => undefined);
      await stopping;
      await inFlight.drain(5000);
      logger.info('slack: stopped');
    },
    ready: () => started && connected,
  };
}
