import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../ops/logger.js';
import { open, seal } from '../../store/sealed-box.js';
import type { StateStore } from '../../store/store.js';

/**
 * Bolt's InstallationStore over our state store: one record per workspace (or per Enterprise Grid org
 * for an org-wide install), the whole installation sealed with AES-256-GCM, so no token is ever stored
 * or logged in plain text. Every replica sharing the store sees an install at once.
 */
export interface SlackInstallations extends InstallationStore {
  /** The bot token of a workspace that installed the app, or undefined. */
  botToken(teamId: string): Promise<string | undefined>;
  /** Forgets a workspace (uninstalled, tokens revoked). True if it was installed. */
  remove(teamId: string): Promise<boolean>;
}

function keyOf(query: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean;
}): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return query.enterpriseId;
  if (query.teamId) return query.teamId;
  throw new Error('a Slack installation query names neither a team nor an enterprise');
}

export function slackInstallations(store: StateStore, key: Buffer, logger: Logger): SlackInstallations {
  async function find(id: string): Promise<Installation | undefined> {
    const record = await store.getInstallation(id);
    return record ? (JSON.parse(open(record.sealed, key)) as Installation) : undefined;
  }
  return {
    async storeInstallation(installation) {
      const id = keyOf({
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
      });
      await store.putInstallation(id, {
        installedAt: new Date().toISOString(),
        sealed: seal(JSON.stringify(installation), key),
      });
      logger.info({ workspace: id }, 'slack: app installed in a workspace');
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const id = keyOf(query);
      // An org-wide install serves every workspace of the org.
      const found = (await find(id)) ?? (query.enterpriseId ? await find(query.enterpriseId) : undefined);
      if (!found) throw new Error(`workspace ${id} has not installed the app`);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.deleteInstallation(keyOf(query));
    },
    async botToken(teamId) {
      return (await find(teamId))?.bot?.token;
    },
    remove: (teamId) => store.deleteInstallation(teamId),
  };
}
