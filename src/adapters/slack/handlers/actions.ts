import type { App, BlockAction, ButtonAction, RespondArguments, RespondFn } from '@slack/bolt';
import { ACTION_FOLLOW_UP, ACTION_SHARE, decodeShare } from '../action-ids.js';
import { apologize } from '../apology.js';
import { readSlackText } from '../inbound-text.js';
import { renderAnswer, renderNotice } from '../render-answer.js';
import type { HandlerDeps } from './deps.js';

type ButtonBody = BlockAction<ButtonAction>;

async function sayOrLog(
  deps: HandlerDeps,
  respond: RespondFn | undefined,
  message: RespondArguments,
  what: string,
) {
  if (!respond) {
    deps.logger.warn(`slack: ${what} clicked where there is no response_url; nothing sent`);
    return;
  }
  await respond(message);
}

/** "Share in channel" re-asks the question and posts the answer for everyone; follow-up buttons ask their suggestion. */
export function registerActions(app: App, deps: HandlerDeps): void {
  app.action<ButtonBody>(ACTION_SHARE, async ({ ack, action, respond }) => {
    await ack();
    try {
      const shared = decodeShare(action.value);
      if (!shared) return;
      const answer = deps.bot.answer(shared.question, { platform: 'slack', lang: shared.lang });
      const message = renderAnswer(answer);
      await sayOrLog(
        deps,
        respond,
        { response_type: 'in_channel', replace_original: false, ...message },
        'share',
      );
      // The ephemeral copy has done its job.
      await respond?.({ delete_original: true }).catch((e: unknown) =>
        deps.logger.debug({ err: e }, 'slack: delete_original failed'),
      );
    } catch (error) {
      const apology = renderNotice(apologize(deps.logger, error, 'share button', deps.lang));
      await respond?.({ response_type: 'ephemeral', replace_original: false, ...apology }).catch(() => {});
    }
  });

  app.action<ButtonBody>(ACTION_FOLLOW_UP, async ({ ack, action, body, respond }) => {
    await ack();
    try {
      const text = readSlackText(action.value ?? '');
      const team = body.team?.id ?? body.user.team_id ?? '';
      const channel = body.channel?.id ?? '';
      const subscription = deps.bot.isSubscriptionCommand(text);
      const answer = await deps.bot.handle({
        text,
        channel: { platform: 'slack', workspace: team, channel },
        user: body.user.id,
        lang: deps.lang,
        canManageChannel: true,
      });
      const message = renderAnswer(answer, subscription ? {} : { share: { question: text } });
      await sayOrLog(
        deps,
        respond,
        { response_type: 'ephemeral', replace_original: false, ...message },
        'follow-up',
      );
    } catch (error) {
      const apology = renderNotice(apologize(deps.logger, error, 'follow-up button', deps.lang));
      await respond?.({ response_type: 'ephemeral', replace_original: false, ...apology }).catch(() => {});
    }
  });
}
