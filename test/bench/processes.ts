import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Child processes for the benchmarks that measure what users run: the shipped `node dist/main.js`
 * beside a bare client in its own process, both on plain Node with compiled JavaScript.
 */

/** Compiles the shipped build (dist/) and the bench build (var/bench-build), unless BENCH_NO_BUILD=1. */
export function buildAll(): void {
  if (process.env.BENCH_NO_BUILD === '1') return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.bench.json'], { stdio: 'inherit' });
}

/** Where tsconfig.bench.json puts the compiled bench helpers. */
export const BENCH_BUILT = 'var/bench-build/test/bench';

export interface Spawned {
  readonly name: string;
  readonly child: ChildProcess;
  /** The process's user + system CPU time so far, in microseconds (Linux /proc; NaN elsewhere). */
  cpuMicros(): number;
  /** The last lines it wrote to stderr, for error messages. */
  tail(): string;
  stop(): Promise<void>;
}

/**
 * Spawns `node <args>` and resolves once a line of its stdout or stderr matches `ready`. Its output is
 * read (as a log collector would) and the last lines kept; it is killed if not ready in `timeoutMs`.
 */
export async function spawnNode(
  name: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; ready: RegExp; cwd?: string; timeoutMs?: number },
): Promise<Spawned> {
  const child = spawn(process.execPath, args, {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  const lines: string[] = [];
  let onLine: (line: string) => void = () => {};
  const read = (stream: NodeJS.ReadableStream | null) => {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        if (process.env.BENCH_CHILD_LOG)
          appendFileSync(`${process.env.BENCH_CHILD_LOG}.${name.replace(/[^\w.-]+/g, '-')}`, `${line}\n`);
        lines.push(line);
        if (lines.length > 20) lines.shift();
        onLine(line);
      }
    });
  };
  read(child.stdout);
  read(child.stderr);
  const tail = () => lines.join('\n');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}: not ready in ${options.timeoutMs ?? 20_000} ms\n${tail()}`));
    }, options.timeoutMs ?? 20_000);
    onLine = (line) => {
      if (!options.ready.test(line)) return;
      clearTimeout(timer);
      onLine = () => {};
      resolve();
    };
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited (${code}) before it was ready\n${tail()}`));
    });
  });
  return {
    name,
    child,
    tail,
    cpuMicros: () => cpuMicros(child.pid),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function cpuMicros(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1_000_000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The environment of a child: ours without anything that would configure the bot differently. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(SLACK_|DISCORD_|PORT$|HOST$|LOG_LEVEL$|FACTS_PATH$|STATE_PATH$|SCHEDULER$|NODE_OPTIONS$)/.test(k))
      continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}
