import { rename, stat } from 'node:fs/promises';
import { lockFile } from './lock.js';
import { StateFileError } from './store.js';

/**
 * `npm start -- --reset-state`: moves the state file aside to `<path>.backup-<UTC timestamp>` so
 * the bot starts fresh; nothing is deleted. Returns the backup's path, or null if there was no file.
 */
export async function resetState(path: string, now: Date): Promise<string | null> {
  try {
    await stat(path);
  } catch {
    return null;
  }
  const lock = lockFile(path);
  if (!lock.ok) {
    throw new StateFileError(
      path,
      `is in use by process ${lock.pid}, so it cannot be reset`,
      'stop that process first, then reset again',
    );
  }
  try {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    let backup = `${path}.backup-${stamp}`;
    for (let n = 2; await exists(backup); n++) backup = `${path}.backup-${stamp}-${n}`;
    await rename(path, backup);
    return backup;
  } finally {
    lock.release();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
