import type { Service } from '../lifecycle/service.js';
import type { Logger } from '../ops/logger.js';
import { openStateStore } from '../store/file-store.js';
import { resetState } from '../store/reset.js';
import type { StateStore } from '../store/store.js';

export interface OpenedStore {
  store: StateStore;
  /** Closes the store on stop (after every service that writes to it); ready while open. */
  service: Service;
}

/**
 * Opens the state file for the bot. With `reset`, a file is first moved aside to a timestamped
 * backup (never deleted). A corrupt or invalid file without `reset` throws StateFileError naming the
 * file, the problem and the fix, and the file is left as it is.
 */
export async function openStore(
  path: string,
  options: { reset: boolean; clock: () => Date; logger: Logger },
): Promise<OpenedStore> {
  if (options.reset) {
    const backup = await resetState(path, options.clock());
    if (backup)
      options.logger.warn({ file: path, backup }, `state file moved aside to ${backup}; starting fresh`);
    else options.logger.warn({ file: path }, 'no state file to reset; starting fresh');
  }
  const store = await openStateStore(path);
  if (store.migratedFrom !== null) {
    options.logger.info(
      { file: path, from: store.migratedFrom },
      'state file migrated to the current schema',
    );
  }
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
