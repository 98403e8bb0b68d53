import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO = resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;

export interface BotProcessOptions {
  /** Added to a minimal environment (PATH, HOME, FACTS_PATH, STATE_PATH in a fresh temp folder). */
  env?: Record<string, string>;
  args?: string[];
  /** Default: a fresh temp folder, so no developer .env is picked up. */
  cwd?: string;
  /** Run this script with node instead of src/main.ts through tsx (e.g. dist/main.js). */
  script?: string;
  /** Run as this user (root only: permission tests mean nothing to root). The temp folder is opened to it. */
  user?: { uid: number; gid: number };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `node src/main.ts` as a real child process: stdin, stdout, JSON logs on stderr, signals, exit. */
export class BotProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<Exit>;
  readonly dir: string;
  private readonly child: ChildProcess;
  private readonly waiters = new Set<() => void>();

  constructor(options: BotProcessOptions = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'deal-bot-main-'));
    if (options.user) chmodSync(this.dir, 0o755);
    const script = options.script ?? join(REPO, 'src/main.ts');
    const loader = options.script ? [] : ['--import', TSX];
    this.child = spawn(process.execPath, [...loader, script, ...(options.args ?? [])], {
      cwd: options.cwd ?? this.dir,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? this.dir,
        FACTS_PATH: join(REPO, 'data/factbase.json'),
        STATE_PATH: join(this.dir, 'var/state.json'),
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
    this.child.stdout?.on('data', (c: Buffer) => this.changed(() => (this.stdout += c.toString())));
    this.child.stderr?.on('data', (c: Buffer) => this.changed(() => (this.stderr += c.toString())));
    this.exited = new Promise((done) => this.child.on('exit', (code, signal) => done({ code, signal })));
    void this.exited.then(() => this.changed(() => {}));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  write(text: string): void {
    this.child.stdin?.write(text);
  }

  endInput(text = ''): void {
    this.child.stdin?.end(text);
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** The JSON log lines written to stderr so far (other lines are skipped). */
  logs(): Array<Record<string, unknown>> {
    return this.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** Waits until `check` returns a value (checked on every output), failing after `ms` with the output so far. */
  async waitFor<T>(what: string, check: () => T | undefined | false, ms = 15_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(
          `timed out waiting for ${what}\n--- stdout\n${this.stdout}\n--- stderr\n${this.stderr}`,
        );
      }
      await new Promise<void>((r) => {
        const t = setTimeout(r, 200);
        this.waiters.add(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  waitForLog(msg: RegExp, ms?: number): Promise<Record<string, unknown>> {
    return this.waitFor(
      `a log line matching ${msg}`,
      () => this.logs().find((l) => msg.test(String(l.msg))),
      ms,
    );
  }

  /** The port the ops server (or Slack's HTTP server) bound, from the log. */
  async port(): Promise<number> {
    const line = await this.waitFor('a listening port', () =>
      this.logs().find((l) => typeof l.port === 'number' && /listening|slack: started/.test(String(l.msg))),
    );
    return line.port as number;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  private changed(apply: () => void): void {
    apply();
    for (const w of this.waiters) w();
    this.waiters.clear();
  }
}
