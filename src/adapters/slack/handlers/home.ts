import type { App } from '@slack/bolt';
import type { Subscription } from '../../../core/subscriptions/types.js';
import { apologize, referenceId } from '../apology.js';
import { slackWords } from '../messages.js';
import { renderHome } from '../render-home.js';
import type { HandlerDeps } from './deps.js';

/** What the Home tab shows at a glance, as command words the engine answers: the pledge, the projects, what's next. */
export const HOME_QUESTIONS = ['pledge', 'projects', 'next'] as const;

async function workspaceSubscriptions(
  deps: HandlerDeps,
  team: string,
): Promise<Subscription[] | { unavailable: string }> {
  if (!deps.subscriptions) return [];
  try {
    return await deps.subscriptions.listWorkspace('slack', team);
  } catch (error) {
    const ref = referenceId();
    deps.logger.error(
      { err: error, ref, where: 'app home subscriptions' },
      `slack: listing subscriptions failed (reference ${ref})`,
    );
    return { unavailable: slackWords(deps.lang).homeSubscriptionsUnavailable(ref) };
  }
}

/** `app_home_opened` → `views.publish`: the deal at a glance and this workspace's subscriptions. */
export function registerHome(app: App, deps: HandlerDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    try {
      const answers = HOME_QUESTIONS.map((q) => deps.bot.answer(q, { platform: 'slack', lang: deps.lang }));
      const subscriptions = await workspaceSubscriptions(deps, body.team_id);
      await client.views.publish({
        user_id: event.user,
        view: renderHome({ lang: deps.lang, answers, subscriptions }),
      });
    } catch (error) {
      const apology = apologize(deps.logger, error, 'app home', deps.lang);
      const view = {
        type: 'home' as const,
        blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: apology } }],
      };
      await client.views.publish({ user_id: event.user, view }).catch(() => {});
    }
  });
}
