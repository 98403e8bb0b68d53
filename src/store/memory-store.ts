import { documentOperations, type StateDocument } from './document-ops.js';
import { emptyState, type State } from './schema.js';
import type { StateStore } from './store.js';

/** A store whose whole state document is at hand (the file store and its in-memory twin). */
export type DocumentStateStore = StateStore & StateDocument;

/** The in-memory twin of the state file, for tests and previews. Same contract, no disk. */
export function createMemoryStore(initial: State = emptyState()): DocumentStateStore {
  const state = structuredClone(initial);
  let queue = Promise.resolve();
  const doc: StateDocument = {
    read: () => state,
    update<T>(change: (s: State) => T): Promise<T> {
      const result = change(state);
      queue = queue.then(() => undefined);
      return queue.then(() => result);
    },
  };
  return {
    location: 'memory',
    shared: false,
    ...doc,
    ...documentOperations(doc),
    close: () => queue,
  };
}
