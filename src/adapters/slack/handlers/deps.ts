import type { RespondArguments } from '@slack/bolt';
import type { Bot, SubscriptionCommands } from '../../../app/bot.js';
import type { AnswerKind, Lang } from '../../../core/answer/answer.js';
import type { Logger } from '../../../ops/logger.js';
import type { Metrics } from '../../../ops/metrics.js';
import type { AnswerCache } from '../answer-cache.js';
import type { RecentKeys } from '../dedupe.js';
import type { InFlight } from '../in-flight.js';

/** What every Slack handler needs. */
export interface HandlerDeps {
  bot: Bot;
  /** For the App Home list; the bot routes subscription commands itself. */
  subscriptions?: SubscriptionCommands;
  logger: Logger;
  /** The language to answer in when the text does not decide it. */
  lang: Lang;
  /** How long a subscription command may take before the ack goes out empty and the answer follows by respond(). */
  ackBudgetMs: number;
  inFlight: InFlight;
  recent: RecentKeys;
  /** Rendered answers of the slash-command fast path, reused for a few seconds. */
  answers: AnswerCache<{ kind: AnswerKind; message: RespondArguments }>;
  metrics: Metrics;
}

export const SLASH_COMMAND = '/deal';
