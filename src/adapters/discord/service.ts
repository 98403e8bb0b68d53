import { type Client, Events, REST } from 'discord.js';
import type { Bot } from '../../app/bot.js';
import type { DiscordConfig } from '../../config.js';
import type { Lang } from '../../core/answer/answer.js';
import type { HttpRoute, Service } from '../../lifecycle/service.js';
import type { Logger } from '../../ops/logger.js';
import type { Metrics } from '../../ops/metrics.js';
import { AnswerCache } from './answer-cache.js';
import { createDiscordClient } from './client.js';
import { connect } from './connect.js';
import { SuggestionKeys } from './follow-up-buttons.js';
import { gatewayResponder, interactionContext, readInteraction } from './gateway-interactions.js';
import { interactionsRoute } from './http-interactions.js';
import { InteractionCallbacks } from './interaction-callbacks.js';
import { handleInteraction } from './interaction-handler.js';
import { handleMention } from './mention-handler.js';
import { DiscordPoster } from './poster.js';

export interface DiscordServiceOptions {
  config: DiscordConfig;
  bot: Bot;
  logger: Logger;
  /** The language when neither the user's Discord locale nor the text decides it. */
  defaultLang?: Lang;
  /** How long start() waits for the gateway to be ready (default 30 s). */
  readyTimeoutMs?: number;
  /** The bot's clock (the answer cache keeps entries for one minute of it). Default: the system clock. */
  clock?: () => Date;
  /** Counts answers served from the cache (the bot counts the others). */
  metrics?: Metrics;
  /** Rendered answers kept for repeated questions within a minute; 0 turns the cache off. Default 500. */
  answerCacheSize?: number;
}

export interface DiscordService extends Service {
  readonly client: Client;
  /** Scheduled posts (reminders, digests) into Discord channels. */
  readonly poster: DiscordPoster;
  /** POST /discord/interactions, when DISCORD_PUBLIC_KEY is set: mount it on the shared HTTP server. */
  readonly interactionsRoute?: HttpRoute;
}

/**
 * The Discord face of the bot: a gateway connection answering `/deal` interactions, mentions and DMs,
 * a Poster for scheduled posts and, optionally, the HTTP interactions endpoint.
 */
export function createDiscordService(options: DiscordServiceOptions): DiscordService {
  const { config, bot, logger } = options;
  const log = logger.child({ platform: 'discord' });
  const client = createDiscordClient(config.apiUrl ? { apiUrl: config.apiUrl } : {});
  const keys = new SuggestionKeys();
  const cacheSize = options.answerCacheSize ?? 500;
  const cache = {
    answers: new AnswerCache(cacheSize),
    clock: options.clock ?? (() => new Date()),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
  const deps = {
    bot,
    keys,
    logger: log,
    ...(options.defaultLang ? { defaultLang: options.defaultLang } : {}),
    ...(cacheSize > 0 ? { cache } : {}),
  };

  const callbacks = new InteractionCallbacks(config.apiUrl, client.rest);

  client.on(Events.InteractionCreate, (interaction) => {
    const input = readInteraction(interaction);
    if (!input) return;
    void handleInteraction(
      deps,
      input,
      interactionContext(interaction),
      gatewayResponder(interaction, callbacks),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    const me = client.user?.id;
    if (me) void handleMention(deps, message, me);
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord: client error'));
  client.on(Events.Warn, (message) => log.warn(`discord: ${message}`));
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.error(
      { code: event.code, shard },
      `discord: gateway closed for good (code ${event.code}); 4004 means a bad token, 4014 an intent not enabled`,
    ),
  );
  client.rest.on('rateLimited', (info) =>
    log.debug(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      'discord: rate limited',
    ),
  );

  const route = config.publicKey
    ? interactionsRoute({
        ...deps,
        publicKey: config.publicKey,
        applicationId: config.applicationId,
        now: cache.clock,
        rest: new REST(config.apiUrl ? { api: config.apiUrl } : {}),
      })
    : undefined;

  return {
    name: 'discord',
    client,
    poster: new DiscordPoster(client, keys),
    ...(route ? { interactionsRoute: route } : {}),
    async start() {
      await connect(client, config.token, options.readyTimeoutMs ?? 30_000);
      log.info({ user: client.user?.id, guilds: client.guilds.cache.size }, 'discord: connected');
    },
    async stop() {
      await client.destroy();
      callbacks.close();
    },
    ready() {
      return client.isReady();
    },
  };
}
