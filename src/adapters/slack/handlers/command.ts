import type { App, RespondArguments } from '@slack/bolt';
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

/** A question's rendered answer, from the short-lived cache when the same question was just asked. */
function fastAnswer(deps: HandlerDeps, text: string): RespondArguments {
  const started = performance.now();
  const { value, hit } = deps.answers.get(deps.bot.engine(), `${deps.lang}\u0000${text}`, () => {
    const answer = deps.bot.answer(text, { platform: 'slack', lang: deps.lang });
    return { kind: answer.kind, message: ephemeral(renderAnswer(answer, { share: { question: text } })) };
  });
  // The bot counts the answers it computes; count the ones served from the cache here.
  if (hit) deps.metrics.answered(value.kind, (performance.now() - started) / 1000, 'slack');
  return value.message;
}

/**
 * `/deal …`. Questions are answered synchronously and the answer goes out in the acknowledgement itself
 * (the fast path). Subscription commands go through the store: their answer rides the ack when it arrives
 * within the budget; otherwise the ack goes out empty at once and the answer follows through respond().
 */
export function registerCommand(app: App, deps: HandlerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    let acked = false;
    const reply = async (message: RespondArguments) => {
      if (acked) await respond(message);
      else {
        acked = true;
        await ack(message);
      }
    };
    try {
      const text = readSlackText(command.text ?? '');
      if (!deps.bot.isSubscriptionCommand(text)) {
        await reply(fastAnswer(deps, text));
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
