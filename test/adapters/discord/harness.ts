import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createDiscordService, type DiscordService } from '../../../src/adapters/discord/service.js';
import {
  Bot,
  type EngineSource,
  fixedEngine,
  type NewsCommands,
  type SubscriptionCommands,
} from '../../../src/app/bot.js';
import { createEngine, type Engine } from '../../../src/core/engine/engine.js';
import { parseFactBaseText } from '../../../src/core/factbase/parse.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import type { RecordedRequest } from '../../fakes/discord/fake-rest.js';
import { APP_ID, TOKEN } from '../../fakes/discord/ids.js';
import { SubscriptionTwin } from '../../fakes/subscription-twin.js';

export const NOW = new Date('2026-02-12T15:00:00Z');

let engine: Engine | undefined;
/** The engine on the real fact base (built once per test file). */
export function realEngine(): Engine {
  if (!engine) {
    const parsed = parseFactBaseText(readFileSync('data/factbase.json', 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    engine = createEngine(parsed.value);
  }
  return engine;
}

export interface LogLine {
  level: number;
  msg: string;
  code?: number;
  ref?: string;
  [key: string]: unknown;
}

export interface Harness {
  fake: FakeDiscord;
  service: DiscordService;
  bot: Bot;
  subscriptions: SubscriptionCommands;
  logs: LogLine[];
  /** Dispatches INTERACTION_CREATE and resolves with the body of its callback (the first answer). */
  interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
  /** The request that replaced or followed up a deferred answer of that interaction. */
  webhookOf(payload: { token: string }, method?: 'PATCH' | 'POST'): Promise<RecordedRequest>;
  /** Dispatches MESSAGE_CREATE and resolves with the bot's reply to it. */
  message(payload: { id: string }): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** A real discord.js service, on the real engine, connected to a fresh fake Discord. */
export async function startHarness(
  options: {
    subscriptions?: SubscriptionCommands;
    news?: NewsCommands;
    publicKey?: string;
    engines?: EngineSource;
    clock?: () => Date;
  } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord({ heartbeatMs: 500 });
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const subscriptions = options.subscriptions ?? new SubscriptionTwin();
  const engines = options.engines ?? fixedEngine(realEngine());
  const bot = new Bot({
    engines,
    clock: options.clock ?? (() => NOW),
    subscriptions,
    ...(options.news ? { news: options.news } : {}),
  });
  const service = createDiscordService({
    config: {
      token: TOKEN,
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
      ...(options.publicKey ? { publicKey: options.publicKey } : {}),
    },
    bot,
    logger,
    readyTimeoutMs: 10_000,
    clock: options.clock ?? (() => NOW),
  });
  await service.start();
  return {
    fake,
    service,
    bot,
    subscriptions,
    logs,
    interact(payload) {
      fake.gateway.dispatch('INTERACTION_CREATE', payload);
      return fake.rest.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
    },
    webhookOf(payload, method = 'PATCH') {
      return fake.rest.waitFor(
        (r) => r.method === method && r.path.startsWith(`/webhooks/${APP_ID}/${payload.token}`),
      );
    },
    message(payload) {
      fake.gateway.dispatch('MESSAGE_CREATE', payload);
      return fake.rest.waitFor(
        (r) =>
          r.method === 'POST' &&
          (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference
            ?.message_id === payload.id,
      );
    },
    async close() {
      await service.stop();
      await fake.close();
    },
  };
}

/** The callback's message data (type 4) or the webhook body, typed loosely for assertions. */
export interface SentMessage {
  content?: string;
  embeds?: Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
  }>;
  components?: Array<{ components: Array<{ custom_id: string; label: string }> }>;
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  flags?: number;
}

export function dataOf(r: RecordedRequest): SentMessage {
  const body = r.body as { data?: SentMessage } & SentMessage;
  return r.path.endsWith('/callback') ? (body.data ?? {}) : body;
}

/** Waits until no new request reached the fake for `quietMs` (for "nothing was sent" checks). */
export async function settle(fake: FakeDiscord, quietMs = 150): Promise<void> {
  let count = -1;
  while (count !== fake.rest.requests.length) {
    count = fake.rest.requests.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}
