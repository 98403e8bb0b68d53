import { constants } from 'node:fs';
import { access, lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StateFileError } from './store.js';

const WRITABLE_FIX = (dir: string) =>
  `make ${dir} writable by the user the bot runs as (chown or chmod), or set STATE_PATH to a file in a writable folder`;

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * Checks, before the state file is opened, that it can be used, and says what to fix when it cannot
 * (one line each, never a stack trace). Returns the path to read and write:
 *  - a symlinked state file is followed: the file it points to is read and replaced on each write
 *    (next to it, by rename), and the link stays a link; a link to nothing is an error;
 *  - a read-only state file (no write bit, e.g. 0444) is never replaced: the start stops instead;
 *  - a folder that cannot be created, read or written stops the start, naming the folder.
 */
export async function usableStatePath(path: string): Promise<string> {
  let target = path;
  const link = await lstat(path).catch(() => null);
  if (link?.isSymbolicLink()) {
    try {
      target = await realpath(path);
    } catch (error) {
      throw new StateFileError(
        path,
        `is a symbolic link to something that does not exist (${code(error)})`,
        'create the file it points to, or set STATE_PATH to the real file',
        false,
      );
    }
  }
  const dir = dirname(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new StateFileError(
      path,
      `its folder ${dir} cannot be created (${code(error)})`,
      WRITABLE_FIX(dir),
      false,
    );
  }
  try {
    await access(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new StateFileError(
      path,
      `its folder ${dir} is not writable (${code(error)})`,
      WRITABLE_FIX(dir),
      false,
    );
  }
  const file = await stat(target).catch(() => null);
  if (!file) return target;
  if (!file.isFile())
    throw new StateFileError(
      path,
      'is not a regular file',
      'set STATE_PATH to a file (e.g. var/state.json)',
      false,
    );
  const mode = (file.mode & 0o777).toString(8).padStart(4, '0');
  const unreadable =
    (file.mode & 0o444) === 0 ||
    !(await access(target, constants.R_OK).then(
      () => true,
      () => false,
    ));
  if (unreadable) {
    throw new StateFileError(
      path,
      `cannot be read (mode ${mode})`,
      `give the user the bot runs as read and write access (chmod u+rw ${target}), or set STATE_PATH to another file`,
      false,
    );
  }
  const readOnly =
    (file.mode & 0o222) === 0 ||
    !(await access(target, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (readOnly) {
    throw new StateFileError(
      path,
      `is read-only (mode ${mode}), and the bot never replaces a read-only state file`,
      `make it writable (chmod u+w ${target}) if the bot should keep using it, or set STATE_PATH to a writable copy`,
      false,
    );
  }
  return target;
}
