import type { Service } from '../lifecycle/service.js';
import type { Logger } from '../ops/logger.js';
import { openStateStore } from '../store/file-store.js';
import { openPgStore } from '../store/pg/pg-store.js';
import { resetState } from '../store/reset.js';
import type { StateStore } from '../store/store.js';

export interface OpenedStore {
  store: StateStore;
  /** Closes the store on stop (after every service that writes to it); ready while open. */
  service: Service;
}

export interface StoreLocation {
  statePath: string;
  /** PostgreSQL (DATABASE_URL) instead of the state file. */
  databaseUrl?: string;
}

/** A start refused because of the store's settings (not its content): names the problem and the fix. */
export class StoreConfigError extends Error {
  override name = 'StoreConfigError';
}

/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set (migrated at open; shared with
 * any other process), else the state file (this process's alone).
 */
export async function openConfiguredStore(where: StoreLocation, logger: Logger): Promise<StateStore> {
  if (where.databaseUrl) {
    const store = await openPgStore(where.databaseUrl);
    if (store.migration.applied.length) {
      logger.info({ database: store.location, applied: store.migration.applied }, 'database migrated');
    }
    return store;
  }
  const store = await openStateStore(where.statePath);
  if (store.migratedFrom !== null) {
    logger.info(
      { file: where.statePath, from: store.migratedFrom },
      'state file migrated to the current schema',
    );
  }
  return store;
}

/**
 * Opens the store for the bot. With `reset`, a state file is first moved aside to a timestamped
 * backup (never deleted); a database is never reset from here. A corrupt or invalid file without
 * `reset` throws StateFileError naming the file, the problem and the fix, and the file is left as it is.
 */
export async function openStore(
  where: StoreLocation,
  options: { reset: boolean; clock: () => Date; logger: Logger },
): Promise<OpenedStore> {
  if (options.reset && where.databaseUrl) {
    throw new StoreConfigError(
      '--reset-state resets the state file, but DATABASE_URL is set: the state is in PostgreSQL.\n' +
        '  fix: take a backup with `npm run state -- export > backup.json`, then clear the tables yourself (see docs/postgres.md)',
    );
  }
  if (options.reset) {
    const backup = await resetState(where.statePath, options.clock());
    if (backup)
      options.logger.warn(
        { file: where.statePath, backup },
        `state file moved aside to ${backup}; starting fresh`,
      );
    else options.logger.warn({ file: where.statePath }, 'no state file to reset; starting fresh');
  }
  const store = await openConfiguredStore(where, options.logger);
  let open = true;
  return {
    store,
    service: {
      name: 'store',
      start: async () => {},
      async stop() {
        open = false;
        await store.close();
      },
      ready: () => open,
    },
  };
}
