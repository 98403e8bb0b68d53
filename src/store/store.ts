import type { State } from './schema.js';

/**
 * The state port: one small interface with a lowdb file implementation (file-store.ts) and an
 * in-memory twin (memory-store.ts). Domain operations on the state live in state-ops.ts.
 */
export interface StateStore {
  /** The file it persists to, or "memory". For messages and logs. */
  readonly location: string;
  /** The current state. Read-only by convention: change it only through update(). */
  read(): Readonly<State>;
  /**
   * Applies `change` to the state and persists it. Calls are serialised in the order made; each
   * resolves once a write containing its change is on disk. Concurrent calls share one write.
   */
  update<T>(change: (state: State) => T): Promise<T>;
  /** Waits for pending writes and releases the file. */
  close(): Promise<void>;
}

/** A state file that cannot be used: names the file, what is wrong and how to fix it. */
export class StateFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly fix: string,
    /** Whether `--reset-state` can help (a corrupt file); not for permissions or paths. */
    resetHelps = true,
  ) {
    const reset = resetHelps
      ? ' (`npm start -- --reset-state` moves the file aside to a timestamped backup and starts fresh)'
      : '';
    super(`state file ${file}: ${problem}; fix: ${fix}${reset}`);
    this.name = 'StateFileError';
  }
}
