import { open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes text files atomically and durably: temp file, fsync, rename over the target, fsync the
 * directory. A `kill -9` or power cut leaves the old content or the new, never a torn file.
 * Writes requested while one is in progress are coalesced into the next one (as steno does):
 * `write()` resolves once a write that includes the caller's data has reached the disk.
 */
interface Queued {
  render: () => string;
  done: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class AtomicFile {
  readonly tempPath: string;
  private writing: Promise<void> | null = null;
  private next: Queued | null = null;

  constructor(readonly path: string) {
    this.tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  }

  /** `render` is called when the write starts, so the newest data is what gets written. */
  write(render: () => string): Promise<void> {
    if (!this.writing) return this.start(render);
    if (!this.next) {
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const done = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      this.next = { render, done, resolve, reject };
    }
    this.next.render = render;
    return this.next.done;
  }

  /** Resolves when nothing is being written. */
  async idle(): Promise<void> {
    while (this.writing) await this.writing.catch(() => undefined);
  }

  private start(render: () => string): Promise<void> {
    const run = Promise.resolve().then(() => this.writeNow(render()));
    const settled = () => {
      this.writing = null;
      const queued = this.next;
      this.next = null;
      if (queued) this.start(queued.render).then(queued.resolve, queued.reject);
    };
    this.writing = run.then(settled, settled);
    return run;
  }

  private async writeNow(text: string): Promise<void> {
    const file = await open(this.tempPath, 'w', 0o600);
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(this.tempPath, this.path);
    const dir = await open(dirname(this.path), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
