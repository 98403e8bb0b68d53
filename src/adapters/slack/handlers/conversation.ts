import type { App, webApi } from '@slack/bolt';
import { conversationKey } from '../../../core/engine/index.js';
import { apologize } from '../apology.js';
import { readSlackText } from '../inbound-text.js';
import { renderAnswer, renderNotice, type SlackMessage } from '../render-answer.js';
import type { HandlerDeps } from './deps.js';

/** The fields of `app_mention` and `message` events this adapter reads. */
interface ChatEvent {
  type: string;
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
}

interface Turn {
  event: ChatEvent;
  team: string;
  botUserId: string | undefined;
  client: webApi.WebClient;
  /** Reply in this thread (a mention in a channel), or at the top level of a DM when undefined. */
  threadTs: string | undefined;
}

function fromABot(event: ChatEvent, botUserId: string | undefined): boolean {
  return event.bot_id !== undefined || event.user === undefined || event.user === botUserId;
}

async function post(turn: Turn, message: SlackMessage): Promise<void> {
  await turn.client.chat.postMessage({
    channel: turn.event.channel,
    ...(turn.threadTs ? { thread_ts: turn.threadTs } : {}),
    ...message,
    unfurl_links: false,
    unfurl_media: false,
  });
}

async function answerTurn(deps: HandlerDeps, turn: Turn): Promise<void> {
  // One reply per message, even when Slack delivers it twice (retries, or a mention inside a DM).
  if (!deps.recent.firstTime(`message:${turn.event.channel}:${turn.event.ts}`)) return;
  try {
    const text = readSlackText(turn.event.text ?? '', turn.botUserId);
    const answer = await deps.bot.handle({
      text,
      channel: { platform: 'slack', workspace: turn.team, channel: turn.event.channel },
      ...(turn.event.user ? { user: turn.event.user } : {}),
      // A thread (a mention's replies), or a DM: the follow-up context is this person's in this place.
      ...(turn.event.user
        ? {
            conversation: conversationKey(
              'slack',
              turn.team,
              `${turn.event.channel}/${turn.threadTs ?? 'dm'}`,
              turn.event.user,
            ),
          }
        : {}),
      lang: deps.lang,
      canManageChannel: true,
    });
    await post(turn, renderAnswer(answer));
  } catch (error) {
    const apology = renderNotice(apologize(deps.logger, error, `${turn.event.type} reply`, deps.lang));
    await post(turn, apology).catch((e: unknown) =>
      deps.logger.warn({ err: e }, 'slack: could not deliver an apology'),
    );
  }
}

/** `@deal-bot <question>` in a channel or thread (answered in the thread) and direct messages (answered). */
export function registerConversation(app: App, deps: HandlerDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const e = event as unknown as ChatEvent;
    if (e.subtype !== undefined || fromABot(e, context.botUserId)) return;
    const turn = {
      event: e,
      team: body.team_id,
      botUserId: context.botUserId,
      client,
      threadTs: e.thread_ts ?? e.ts,
    };
    await deps.inFlight.track(answerTurn(deps, turn));
  });

  app.message(async ({ message, body, context, client }) => {
    const e = message as unknown as ChatEvent;
    if (e.channel_type !== 'im' || e.subtype !== undefined || fromABot(e, context.botUserId)) return;
    const turn = {
      event: e,
      team: body.team_id,
      botUserId: context.botUserId,
      client,
      threadTs: e.thread_ts,
    };
    await deps.inFlight.track(answerTurn(deps, turn));
  });
}
