import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess, REPO } from './bot-process.js';
import { copies, envOf, execForm, find, parseDockerfile, type Stage } from './dockerfile.js';
import { expectedAnswer } from './expected.js';

/**
 * The image's recipe, tested without a Docker engine: the Dockerfile is read, each stage's COPY
 * sources are copied into scratch folders under the OS temp dir, the build stage's `npm run build`
 * and the runtime stage's `npm ci --omit=dev` run there for real, and the result is started with node.
 */

const { stages } = parseDockerfile(readFileSync(join(REPO, 'Dockerfile'), 'utf8'));
const build = stages[0] as Stage;
const runtime = stages.at(-1) as Stage;
const ignored = readFileSync(join(REPO, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
const WORKDIR = '/app';
const inApp = (path: string) => relative(WORKDIR, path.startsWith('/') ? path : join(WORKDIR, path));
const runs = (stage: Stage) => find(stage, 'RUN').map((i) => i.args);

describe('Dockerfile: the recipe as written', () => {
  it('is multi-stage on the official Node.js 24 LTS image (Node 20 reached end of life on 2026-04-30)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toBe('node:24-bookworm-slim');
    expect(build.name).toBe('build');
    for (const stage of stages) expect(find(stage, 'WORKDIR').map((i) => i.args)).toEqual([WORKDIR]);
  });

  it('builds with dev dependencies and runs with production ones only', () => {
    expect(runs(build).some((r) => /npm ci(?!.*--omit=dev)/.test(r))).toBe(true);
    expect(runs(build)).toContain('npm run build');
    expect(runs(runtime).some((r) => /npm ci .*--omit=dev/.test(r))).toBe(true);
    expect(copies(runtime)).toEqual(
      expect.arrayContaining([
        { from: 'build', sources: ['/app/dist'], dest: './dist' },
        { from: undefined, sources: ['data'], dest: './data' },
      ]),
    );
    expect(execForm(find(runtime, 'CMD')[0]?.args ?? '')).toEqual(['node', 'dist/main.js']);
  });

  it('runs as a non-root user, keeps state on a volume, serves health by default', () => {
    const user = find(runtime, 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(
      find(runtime, 'VOLUME')
        .map((i) => i.args)
        .join(' '),
    ).toContain('/app/var');
    const env = envOf(runtime);
    expect(env.PORT).toBe('8080');
    expect(env.STATE_PATH).toMatch(/^\/app\/var\//);
    const health = find(runtime, 'HEALTHCHECK')[0]?.args ?? '';
    expect(health).toMatch(/\/healthz/);
    expect(execForm(health)[0]).toBe('node'); // slim images have no curl
  });

  it('bakes in no secret', () => {
    for (const stage of stages) {
      for (const name of Object.keys(envOf(stage))) expect(name).not.toMatch(/TOKEN|SECRET|KEY|PASSWORD/);
      for (const arg of find(stage, 'ARG')) expect(arg.args).not.toMatch(/TOKEN|SECRET|KEY|PASSWORD/);
    }
    for (const entry of ['.env', 'var', 'node_modules', '.git', 'dist']) expect(ignored).toContain(entry);
  });

  it('copies only paths that exist in the build context and that .dockerignore lets through', () => {
    for (const stage of stages) {
      for (const copy of copies(stage).filter((c) => !c.from)) {
        for (const source of copy.sources) {
          expect(existsSync(join(REPO, source)), source).toBe(true);
          expect(ignored, source).not.toContain(source);
        }
      }
    }
  });
});

describe('Dockerfile: the recipe, run in scratch folders', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'deal-bot-image-'));
  const buildDir = join(scratch, 'build');
  const appDir = join(scratch, 'app');

  function copyInto(dir: string, stage: Stage, from: (source: string) => string): void {
    for (const copy of copies(stage)) {
      for (const source of copy.sources) {
        const target = copy.dest.endsWith('/')
          ? join(dir, inApp(copy.dest), source)
          : join(dir, inApp(copy.dest));
        mkdirSync(dirname(target), { recursive: true });
        cpSync(copy.from ? from(source) : join(REPO, source), target, { recursive: true });
      }
    }
  }

  beforeAll(() => {
    // Build stage: its COPYs, the dev dependencies (the repo's, installed from the same lockfile), `npm run build`.
    mkdirSync(buildDir, { recursive: true });
    copyInto(buildDir, build, () => {
      throw new Error('the build stage copies from no other stage');
    });
    symlinkSync(join(REPO, 'node_modules'), join(buildDir, 'node_modules'), 'dir');
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: buildDir, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`);

    // Runtime stage: its COPYs (dist from the build folder), then its `npm ci --omit=dev` for real.
    mkdirSync(appDir, { recursive: true });
    copyInto(appDir, runtime, (source) => join(buildDir, inApp(source)));
    const install = runs(runtime)
      .flatMap((r) => r.split('&&').map((c) => c.trim()))
      .find((c) => c.startsWith('npm ci'));
    const [cmd = 'npm', ...args] = (install ?? '').split(/\s+/);
    const result = spawnSync(cmd, [...args, '--prefer-offline'], { cwd: appDir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${install} failed:\n${result.stderr}`);
    mkdirSync(join(appDir, 'var'));
  }, 180_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('every path the runtime stage copies from the build stage exists after `npm run build`', () => {
    for (const copy of copies(runtime).filter((c) => c.from === 'build')) {
      for (const source of copy.sources) expect(existsSync(join(buildDir, inApp(source))), source).toBe(true);
    }
    expect(existsSync(join(appDir, 'dist/main.js'))).toBe(true);
    expect(existsSync(join(appDir, 'data/factbase.json'))).toBe(true);
  });

  it('installs no dev dependency', () => {
    for (const dev of ['typescript', 'tsx', 'vitest', '@biomejs/biome', 'fast-check']) {
      expect(existsSync(join(appDir, 'node_modules', dev)), dev).toBe(false);
    }
    expect(existsSync(join(appDir, 'node_modules/pino'))).toBe(true);
  });

  it('`echo projects | node dist/main.js` answers in console mode with node alone', async () => {
    const child = new BotProcess({
      script: 'dist/main.js',
      cwd: appDir,
      env: { FACTS_PATH: '', STATE_PATH: '' },
    });
    child.endInput('projects\n');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.stdout).toMatch(/^No Slack or Discord credentials found/);
    for (const item of (await expectedAnswer('projects')).items) expect(child.stdout).toContain(item.label);
  }, 30_000);

  it('with the image environment it stays up with no credentials, passes its HEALTHCHECK, and stops on SIGTERM', async () => {
    const env = {
      ...envOf(runtime),
      PORT: '0',
      HOST: '127.0.0.1',
      FACTS_PATH: '',
      STATE_PATH: join(appDir, 'var/state.json'),
    };
    const child = new BotProcess({ script: 'dist/main.js', cwd: appDir, env });
    child.endInput(''); // `docker run` without -i: standard input is empty
    const port = await child.port();
    await child.waitForLog(/no platform configured/);
    const check = execForm(find(runtime, 'HEALTHCHECK')[0]?.args ?? '');
    const healthcheck = (p: number) =>
      spawnSync(check[0] ?? 'node', check.slice(1), { env: { PATH: process.env.PATH, PORT: String(p) } })
        .status;
    expect(healthcheck(port)).toBe(0);
    child.signal('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(healthcheck(port)).toBe(1);
  }, 30_000);
});
