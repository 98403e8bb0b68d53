import { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { createSlackService, type SlackService } from '../../../src/adapters/slack/service.js';
import { Bot, fixedEngine, type SubscriptionCommands } from '../../../src/app/bot.js';
import { readFactBaseFile } from '../../../src/app/factbase-file.js';
import { createEngine, type Engine } from '../../../src/core/engine/engine.js';
import type { HttpRoute } from '../../../src/lifecycle/service.js';
import { createLogger, type Logger } from '../../../src/ops/logger.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { SubscriptionTwin } from '../../fakes/subscription-twin.js';

export const SECRET = 'test-signing-secret-not-real';
export const BOT_TOKEN = 'xoxb-test-token';
export const APP_TOKEN = 'xapp-test-token';

let engine: Engine | undefined;

export async function loadEngine(): Promise<Engine> {
  engine ??= createEngine(await readFactBaseFile('data/factbase.json'));
  return engine;
}

export async function makeBot(
  subscriptions?: SubscriptionCommands,
  clock: () => Date = () => new Date(),
): Promise<Bot> {
  return new Bot({
    engines: fixedEngine(await loadEngine()),
    clock,
    ...(subscriptions ? { subscriptions } : {}),
  });
}

/** A pino logger writing JSON lines into memory, so tests can read what was logged. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(String(chunk));
      done();
    },
  });
  const logger = createLogger('debug', sink);
  return {
    logger,
    lines: () =>
      out
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export interface Started {
  service: SlackService;
  /** HTTP mode: POST /slack/events. */
  eventsUrl: string;
  origin: string;
}

export async function startSlack(options: {
  fake: FakeSlack;
  mode: 'http' | 'socket';
  bot: Bot;
  logger: Logger;
  subscriptions?: SubscriptionCommands;
  customRoutes?: HttpRoute[];
  ackBudgetMs?: number;
}): Promise<Started> {
  const service = createSlackService({
    config:
      options.mode === 'http'
        ? { mode: 'http', botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: options.fake.apiUrl }
        : { mode: 'socket', botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: options.fake.apiUrl },
    bot: options.bot,
    logger: options.logger,
    port: 0,
    host: '127.0.0.1',
    socketPingTimeoutMs: 200,
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
    ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
    ...(options.ackBudgetMs !== undefined ? { ackBudgetMs: options.ackBudgetMs } : {}),
  });
  await service.start();
  const origin = `http://127.0.0.1:${service.address()?.port ?? 0}`;
  return { service, origin, eventsUrl: `${origin}/slack/events` };
}

/** Every Slack ping token form: none of these may reach Slack in anything the bot sends. */
export const PING_TOKEN = /<!(channel|here|everyone|subteam\^)|<@[UW]/i;

/** A started Slack app against a fake Slack, for one describe block; its parts are live once beforeAll has run. */
export interface SlackSuite {
  readonly subs: SubscriptionTwin;
  readonly log: ReturnType<typeof memoryLogger>;
  readonly fake: FakeSlack;
  readonly started: Started;
  readonly bot: Bot;
}

/**
 * Registers beforeAll/afterAll that start a fake Slack and the bot (with the real subscription service
 * behind a SubscriptionTwin) and stop both afterwards. Call it inside a describe block.
 */
export function slackSuite(
  options: { mode?: 'http' | 'socket'; ackBudgetMs?: number; customRoutes?: HttpRoute[] } = {},
): SlackSuite {
  const subs = new SubscriptionTwin();
  const log = memoryLogger();
  let parts: { fake: FakeSlack; started: Started; bot: Bot } | undefined;
  beforeAll(async () => {
    const fake = await FakeSlack.start();
    const bot = await makeBot(subs);
    const started = await startSlack({
      fake,
      mode: options.mode ?? 'http',
      bot,
      logger: log.logger,
      subscriptions: subs,
      ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
      ...(options.ackBudgetMs !== undefined ? { ackBudgetMs: options.ackBudgetMs } : {}),
    });
    parts = { fake, started, bot };
  });
  afterAll(async () => {
    await parts?.started.service.stop();
    await parts?.fake.stop();
  });
  const live = () => {
    if (!parts) throw new Error('slackSuite: used before beforeAll ran');
    return parts;
  };
  return {
    subs,
    log,
    get fake() {
      return live().fake;
    },
    get started() {
      return live().started;
    },
    get bot() {
      return live().bot;
    },
  };
}
