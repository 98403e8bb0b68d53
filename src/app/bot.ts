import type { Answer, Lang } from '../core/answer/answer.js';
import { type ParsedCommand, parseCommand } from '../core/commands/model.js';
import type { Engine } from '../core/engine/index.js';
import { newsListAnswer } from '../core/news/answers.js';
import type { ChannelRef, Platform, Subscription } from '../core/subscriptions/types.js';
import type { Logger } from '../ops/logger.js';
import { type Metrics, noopMetrics } from '../ops/metrics.js';
import { ConversationStore } from './conversations.js';

/** One message to the bot from any platform. */
export interface BotRequest {
  text: string;
  channel: ChannelRef;
  /** Platform user id, for logs only. */
  user?: string;
  /** The language to answer in when the text does not decide it (a Japanese question is answered in Japanese). */
  lang?: Lang;
  /** Whether the asker may change the channel's subscriptions (Slack: anyone; Discord: Manage Channels). */
  canManageChannel?: boolean;
  /** The conversation the message belongs to (follow-ups; see conversationKey); none: it stands alone. */
  conversation?: string;
}

/** Options of a question answered on the fast path. */
export interface AnswerRequest {
  lang?: Lang;
  platform?: string;
  /** The conversation key: the question is read against that conversation's last answer. */
  conversation?: string;
}

/** Handles `/deal subscribe|unsubscribe|subscriptions` for a channel. Implemented by the scheduling service. */
export interface SubscriptionCommands {
  handle(command: ParsedCommand, request: BotRequest, now: Date): Promise<Answer>;
  /** Every subscription in one Slack workspace or Discord guild (for App Home and the like). */
  listWorkspace(platform: Platform, workspace: string): Promise<Subscription[]>;
}

/** Handles `/deal news` (the latest news reports). */
export interface NewsCommands {
  handle(request: BotRequest, now: Date): Promise<Answer>;
}

/** Where the current engine comes from: it changes when the fact base file is edited. */
export interface EngineSource {
  current(): Engine;
}

export interface BotDeps {
  engines: EngineSource;
  clock: () => Date;
  subscriptions?: SubscriptionCommands;
  news?: NewsCommands;
  metrics?: Metrics;
  logger?: Logger;
  /** Follow-up contexts per conversation (default: a store of five minutes and 10,000 conversations). */
  conversations?: ConversationStore;
}

/** The one entry point every adapter calls: routes a message to the engine or to subscriptions. */
export class Bot {
  private readonly metrics: Metrics;
  readonly conversations: ConversationStore;

  constructor(private readonly deps: BotDeps) {
    this.metrics = deps.metrics ?? noopMetrics;
    this.conversations = deps.conversations ?? new ConversationStore();
  }

  engine(): Engine {
    return this.deps.engines.current();
  }

  /** Answers a question synchronously (the fast path: Slack's ack body, Discord's first reply). */
  answer(text: string, options: AnswerRequest = {}): Answer {
    const started = performance.now();
    const asked = { now: this.deps.clock(), ...(options.lang ? { lang: options.lang } : {}) };
    const answer = options.conversation
      ? this.conversations.answer(this.engine(), options.conversation, text, asked)
      : this.engine().answer(text, asked);
    this.metrics.answered(answer.kind, (performance.now() - started) / 1000, options.platform ?? 'unknown');
    return answer;
  }

  /** True when the text is a subscription or news command (it needs the store, so it is async). */
  isSubscriptionCommand(text: string): boolean {
    const parsed = parseCommand(text);
    return parsed.explicit && (parsed.spec.group === 'subscription' || parsed.spec.group === 'news');
  }

  async handle(request: BotRequest): Promise<Answer> {
    const parsed = parseCommand(request.text);
    if (parsed.explicit && parsed.spec.group === 'subscription' && this.deps.subscriptions) {
      return this.deps.subscriptions.handle(parsed, request, this.deps.clock());
    }
    if (parsed.explicit && parsed.spec.group === 'news') {
      if (this.deps.news) return this.deps.news.handle(request, this.deps.clock());
      const kb = this.engine().knowledgeAt(this.deps.clock());
      const lang = request.lang ?? 'en';
      return newsListAnswer([], kb.nameOf, lang, 'UTC', kb.asOf(lang), false);
    }
    return this.answer(request.text, {
      platform: request.channel.platform,
      ...(request.lang ? { lang: request.lang } : {}),
      ...(request.conversation ? { conversation: request.conversation } : {}),
    });
  }
}

/** An engine source that never changes (tests, the ask CLI). */
export function fixedEngine(engine: Engine): EngineSource {
  return { current: () => engine };
}
