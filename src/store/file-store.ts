import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { documentOperations, type StateDocument } from './document-ops.js';
import { lockFile } from './lock.js';
import type { DocumentStateStore } from './memory-store.js';
import { emptyState, type State } from './schema.js';
import { StateFile } from './state-file.js';
import { StateFileError } from './store.js';

export type OpenedStateStore = DocumentStateStore & {
  /** The schema version the file was migrated from on open, or null (new file or current version). */
  readonly migratedFrom: number | null;
};

/**
 * Opens the state file (creating it and its folder when absent). Throws StateFileError naming the
 * file and the problem when it is corrupt, invalid, or held by another running process.
 */
export async function openStateStore(path: string): Promise<OpenedStateStore> {
  await mkdir(dirname(path), { recursive: true });
  const lock = lockFile(path);
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

  const doc: StateDocument = {
    read: () => db.data,
    async update<T>(change: (state: State) => T): Promise<T> {
      if (closed) throw new Error(`state store ${path} is closed`);
      const result = change(db.data);
      await db.write();
      return result;
    },
  };
  return {
    location: path,
    shared: false,
    migratedFrom: adapter.migratedFrom,
    ...doc,
    ...documentOperations(doc),
    async close() {
      if (closed) return;
      closed = true;
      await adapter.idle();
      lock.release();
    },
  };
}

/** Temp files left by a writer that was killed mid-write (we hold the lock: no one else writes). */
async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  for (const name of await readdir(dirname(path))) {
    if (name.startsWith(prefix) && name.endsWith('.tmp'))
      await rm(join(dirname(path), name), { force: true });
  }
}
