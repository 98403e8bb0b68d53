import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { documentOperations, type StateDocument } from './document-ops.js';
import { lockFile } from './lock.js';
import type { DocumentStateStore } from './memory-store.js';
import { emptyState, type State } from './schema.js';
import { StateFile } from './state-file.js';
import { usableStatePath } from './state-path.js';
import { StateFileError } from './store.js';

export type OpenedStateStore = DocumentStateStore & {
  /** The schema version the file was migrated from on open, or null (new file or current version). */
  readonly migratedFrom: number | null;
};

/**
 * Opens the state file (creating it and its folder when absent). Throws StateFileError naming the
 * file and the problem when it is corrupt, invalid, or held by another running process.
 */
export async function openStateStore(location: string): Promise<OpenedStateStore> {
  const path = await usableStatePath(location);
  const lock = lockOrExplain(path);
  if (!lock.ok) {
    throw new StateFileError(
      path,
      `is in use by process ${lock.pid} (a running deal-bot or \`npm run schedule -- run-once\`)`,
      `stop that process first; if no such process runs, delete ${path}.lock`,
    );
  }
  await removeStaleTempFiles(path);
  const adapter = new StateFile(path);
  // lowdb's JSONFilePreset would switch to memory under vitest (NODE_ENV=test): build Low ourselves.
  const db = new Low<State>(adapter, emptyState());
  try {
    await db.read();
  } catch (error) {
    lock.release();
    throw error;
  }
  if (!adapter.existed || adapter.migratedFrom !== null) await db.write();
  let closed = false;
  const writes = new AllOrNothing(db, adapter);

  const doc: StateDocument = {
    read: () => db.data,
    update<T>(change: (state: State) => T): Promise<T> {
      if (closed) return Promise.reject(new Error(`state store ${path} is closed`));
      return writes.apply(change);
    },
  };
  return {
    // The path as configured (STATE_PATH); a symlink is followed for reading and writing, not here.
    location,
    shared: false,
    migratedFrom: adapter.migratedFrom,
    ...doc,
    ...documentOperations(doc),
    async close() {
      if (closed) return;
      closed = true;
      await writes.idle();
      await adapter.idle();
      lock.release();
    },
  };
}

function lockOrExplain(path: string): ReturnType<typeof lockFile> {
  try {
    return lockFile(path);
  } catch (error) {
    const dir = dirname(path);
    throw new StateFileError(
      path,
      `cannot be locked: ${path}.lock cannot be created in ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      `make ${dir} writable by the user the bot runs as, or set STATE_PATH to a file in a writable folder`,
      false,
    );
  }
}

/** Temp files left by a writer that was killed mid-write (we hold the lock: no one else writes). */
async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  for (const name of await readdir(dirname(path))) {
    if (name.startsWith(prefix) && name.endsWith('.tmp'))
      await rm(join(dirname(path), name), { force: true });
  }
}

interface Pending {
  change: (state: State) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Changes are all-or-nothing: each batch of waiting changes is applied to a copy of the state, the copy
 * is written, and only once it is on disk does it become the state everyone reads. A write that fails
 * (disk full, read-only) rejects every change of the batch and leaves the state as it was, so what the
 * bot says and what it keeps never disagree. Changes made while a write is under way form the next batch.
 */
class AllOrNothing {
  private pending: Pending[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Low<State>,
    private readonly file: StateFile,
  ) {}

  apply<T>(change: (state: State) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ change, resolve: resolve as (v: unknown) => void, reject });
      this.running ??= this.drain();
    });
  }

  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    await Promise.resolve(); // `running` is set before the first batch can finish
    while (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      const next = structuredClone(this.db.data);
      const results: unknown[] = [];
      try {
        for (const item of batch) results.push(item.change(next));
        await this.file.write(next);
      } catch (error) {
        for (const item of batch) item.reject(error);
        continue;
      }
      this.db.data = next;
      batch.forEach((item, i) => {
        item.resolve(results[i]);
      });
    }
    this.running = null;
  }
}
