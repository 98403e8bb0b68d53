import type { App } from '@slack/bolt';
import type { Logger } from '../../../ops/logger.js';
import type { StateStore } from '../../../store/store.js';
import type { SlackInstallations } from '../installation-store.js';

/**
 * OAuth mode: `app_uninstalled`, and `tokens_revoked` naming the bot, forget the workspace's
 * installation (its token) and stop its scheduled posts (its subscriptions are marked failing; after
 * installing again, `/deal subscribe` in a channel resumes it).
 */
export function registerUninstall(
  app: App,
  installations: SlackInstallations,
  store: StateStore,
  logger: Logger,
  now: () => number,
): void {
  async function forget(teamId: string | undefined, reason: string): Promise<void> {
    if (!teamId) return;
    const removed = await installations.remove(teamId);
    const at = new Date(now()).toISOString();
    const subs = await store.listSubscriptions({ platform: 'slack', workspace: teamId });
    for (const sub of subs) await store.markFailing(sub.id, reason, at);
    logger.info(
      { workspace: teamId, removed, subscriptions: subs.length, reason },
      'slack: workspace forgotten',
    );
  }
  app.event('app_uninstalled', async ({ body, context }) => {
    await forget(context.teamId ?? (body as { team_id?: string }).team_id, 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ event, body, context }) => {
    const bots = (event as { tokens?: { bot?: string[] } }).tokens?.bot ?? [];
    if (bots.length) await forget(context.teamId ?? (body as { team_id?: string }).team_id, 'tokens_revoked');
  });
}
