import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One process owns a state file: two lowdb instances on one file lose updates. The owner holds
 * `<file>.lock` with its pid; a lock left by a process that no longer exists is taken over.
 */
export type LockResult = { ok: true; release(): void } | { ok: false; pid: number };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks held by this process (a stale lock may carry our own pid after a container restart). */
const held = new Set<string>();

export function lockFile(path: string): LockResult {
  const lock = `${path}.lock`;
  if (held.has(lock)) return { ok: false, pid: process.pid };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      held.add(lock);
      return {
        ok: true,
        release: () => {
          held.delete(lock);
          try {
            if (readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return { ok: false, pid };
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`cannot create the lock file ${lock}`);
}
