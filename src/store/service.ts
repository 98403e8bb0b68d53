import type { Service } from '../lifecycle/service.js';
import type { StateStore } from './store.js';

/**
 * The state store as a Service, so the runtime closes it last on shutdown (after the scheduler and
 * the platforms that write to it): pending writes finish and the lock file is released.
 */
export function stateStoreService(store: StateStore): Service {
  let open = true;
  return {
    name: 'state',
    async start() {},
    async stop() {
      open = false;
      await store.close();
    },
    ready: () => open,
  };
}
