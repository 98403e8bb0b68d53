import type { App, RespondArguments, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Answer } from '../../../core/answer/answer.js';
import type { ChannelRef } from '../../../core/subscriptions/types.js';
import { apologize } from '../apology.js';
import { readSlackText } from '../inbound-text.js';
import { renderAnswer, renderNotice, type SlackMessage } from '../render-answer.js';
import { type HandlerDeps, SLASH_COMMAND } from './deps.js';

function ephemeral(message: SlackMessage): RespondArguments {
  return { response_type: 'ephemeral', ...message };
}

/** Resolves with the value if it arrives within `ms`, else with undefined (the promise keeps running). */
async function within<T>(work: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The cache key of a command: its normalized text, capped before any other work (readSlackText), so a
 * megabyte of text costs no more than 4,000 characters and is kept as at most 2,000. Only questions are
 * ever cached, never subscription commands.
 */
function cacheKey(deps: HandlerDeps, text: string): string {
  return `${deps.lang}\u0000${text}`;
}

/** A question's rendered answer, computed and kept in the short-lived cache. */
function fastAnswer(deps: HandlerDeps, key: string, text: string): RespondArguments {
  return deps.answers.get(deps.bot.engine(), key, () => {
    const answer = deps.bot.answer(text, { platform: 'slack', lang: deps.lang });
    return { kind: answer.kind, message: ephemeral(renderAnswer(answer, { share: { question: text } })) };
  }).value.message;
}

/**
 * `/deal …`. Questions are answered synchronously and the answer goes out in the acknowledgement itself
 * (the fast path). Subscription commands go through the store: their answer rides the ack when it arrives
 * within the budget; otherwise the ack goes out empty at once and the answer follows through respond().
 */
export function registerCommand(app: App, deps: HandlerDeps): void {
  // A global middleware rather than app.command(): for every request Bolt runs the filter chain of
  // every listener (mentions, messages, buttons, App Home), and /deal is the hot path. Registered
  // first, it answers /deal and stops there; anything else goes on (next) to the listeners.
  app.use(async (args) => {
    const body = args.body as { command?: unknown };
    if (body.command !== SLASH_COMMAND) {
      await args.next();
      return;
    }
    const { command, ack, respond } = args as unknown as SlackCommandMiddlewareArgs;
    let acked = false;
    const reply = async (message: RespondArguments) => {
      if (acked) await respond(message);
      else {
        acked = true;
        await ack(message);
      }
    };
    try {
      const started = performance.now();
      const text = readSlackText(typeof command.text === 'string' ? command.text : '');
      const key = cacheKey(deps, text);
      const cached = deps.answers.peek(deps.bot.engine(), key);
      if (cached) {
        // The bot counts the answers it computes; count the ones served from the cache here.
        deps.metrics.answered(cached.kind, (performance.now() - started) / 1000, 'slack');
        await reply(cached.message);
        return;
      }
      if (!deps.bot.isSubscriptionCommand(text)) {
        await reply(fastAnswer(deps, key, text));
        return;
      }
      const channel: ChannelRef = {
        platform: 'slack',
        workspace: command.team_id,
        channel: command.channel_id,
      };
      const pending: Promise<Answer> = deps.bot.handle({
        text,
        channel,
        user: command.user_id,
        lang: deps.lang,
        canManageChannel: true,
      });
      const quick = await within(pending, deps.ackBudgetMs);
      if (quick) {
        await reply(ephemeral(renderAnswer(quick.value)));
        return;
      }
      acked = true;
      await ack();
      await deps.inFlight.track(pending.then((answer) => respond(ephemeral(renderAnswer(answer)))));
    } catch (error) {
      const apology = ephemeral(renderNotice(apologize(deps.logger, error, 'slash command', deps.lang)));
      await reply(apology).catch((e: unknown) =>
        deps.logger.warn({ err: e }, 'slack: could not deliver an apology'),
      );
    }
  });
}
