import { emptyState, type State } from './schema.js';
import type { StateStore } from './store.js';

/** The in-memory twin of the state file, for tests and previews. Same contract, no disk. */
export function createMemoryStore(initial: State = emptyState()): StateStore {
  const state = structuredClone(initial);
  let queue = Promise.resolve();
  return {
    location: 'memory',
    read: () => state,
    update<T>(change: (s: State) => T): Promise<T> {
      const result = change(state);
      queue = queue.then(() => undefined);
      return queue.then(() => result);
    },
    close: () => queue,
  };
}
