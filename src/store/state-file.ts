import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { AtomicFile } from './atomic-file.js';
import { migrateState } from './migrate.js';
import type { State } from './schema.js';
import { StateFileError } from './store.js';

/**
 * lowdb adapter for the state file: reads are parsed, migrated and validated with zod (a corrupt
 * or invalid file throws StateFileError and is never overwritten); writes are atomic and durable.
 */
export class StateFile implements Adapter<State> {
  private readonly file: AtomicFile;
  /** Whether the last read found a file (if not, the first write creates it). */
  existed = false;
  /** The schema version the last read migrated from, or null. */
  migratedFrom: number | null = null;

  constructor(readonly path: string) {
    this.file = new AtomicFile(path);
  }

  async read(): Promise<State | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      throw new StateFileError(
        this.path,
        `cannot be read (${code ?? String(error)})`,
        'check STATE_PATH and the file permissions',
      );
    }
    this.existed = true;
    if (text.trim() === '') {
      throw new StateFileError(this.path, 'is empty', 'restore a backup or reset the state');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new StateFileError(
        this.path,
        `is not valid JSON (${(error as Error).message})`,
        'restore a backup or reset the state',
      );
    }
    const result = migrateState(raw);
    if (!result.ok) throw new StateFileError(this.path, result.problem, result.fix);
    this.migratedFrom = result.migratedFrom;
    return result.state;
  }

  write(data: State): Promise<void> {
    return this.file.write(() => JSON.stringify(data));
  }

  idle(): Promise<void> {
    return this.file.idle();
  }
}
