import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BotProcess, REPO } from './bot-process.js';
import { expectedAnswer, NO_PLATFORM_ENV } from './expected.js';

const NO_CREDENTIALS = /^No Slack or Discord credentials found.*SLACK_BOT_TOKEN.*DISCORD_TOKEN.*\.env/;
const children: BotProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});
function start(options: ConstructorParameters<typeof BotProcess>[0] = {}): BotProcess {
  const child = new BotProcess(options);
  children.push(child);
  return child;
}

describe('npm start with no credentials: the console', () => {
  it('`echo projects | npm start` prints one no-credentials line, the projects, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deal-bot-npm-start-'));
    const child = spawn('npm', ['start', '--silent'], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        ...NO_PLATFORM_ENV,
        STATE_PATH: join(dir, 'state.json'),
      },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stdin.end('projects\n');
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.filter((l) => /credentials/.test(l))).toHaveLength(1);
    expect(lines[0]).toMatch(NO_CREDENTIALS);
    const expected = await expectedAnswer('projects');
    expect(expected.items.length).toBeGreaterThan(0);
    for (const item of expected.items) expect(stdout).toContain(item.label);
  });

  it('answers every line of standard input in order, hostile ones included, and logs nothing below warn', async () => {
    const child = start();
    child.endInput(
      ['sectors', '', '<!channel> @everyone \u0007', 'x'.repeat(100_000), 'projects'].join('\n'),
    );
    expect(await child.exited).toEqual({ code: 0, signal: null });
    const sectors = await expectedAnswer('sectors');
    const projects = await expectedAnswer('projects');
    const firstSector = child.stdout.indexOf(sectors.items[0]?.label ?? '?');
    const firstProject = child.stdout.indexOf(projects.items[0]?.label ?? '?');
    expect(firstSector).toBeGreaterThan(0);
    expect(firstProject).toBeGreaterThan(firstSector);
    expect(child.stdout).not.toMatch(/<!channel>/);
    expect(child.stderr).toBe('');
  });

  it('with PORT set keeps serving after standard input ends, says no platform is configured, and stops on SIGTERM', async () => {
    const child = start({ env: { PORT: '0', HOST: '127.0.0.1' } });
    child.endInput('projects\n');
    const port = await child.port();
    await child.waitForLog(/standard input ended; still serving/);
    expect(child.logs().some((l) => /no platform configured/.test(String(l.msg)))).toBe(true);

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: Record<string, boolean> }).checks).toMatchObject({
      factbase: true,
      http: true,
    });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const kind = (await expectedAnswer('projects')).kind;
    expect(metrics).toContain(`dealbot_answers_total{kind="${kind}",platform="console"} 1`);
    expect(metrics).toMatch(/dealbot_factbase_info\{version="[^"]+"\} 1/);

    child.signal('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.logs().at(-1)).toMatchObject({ msg: 'stopped', clean: true });
  });

  it('loads .env from the working directory, and the environment wins over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deal-bot-dotenv-'));
    writeFileSync(join(dir, '.env'), 'PORT=0\nHOST=127.0.0.1\nLOG_LEVEL=debug\n');
    const child = start({ cwd: dir, env: { LOG_LEVEL: 'info' } });
    child.endInput('');
    await child.port();
    const loaded = await child.waitForLog(/\.env loaded/);
    expect((loaded.keys as string[]).sort()).toEqual(['HOST', 'PORT']);
    expect(child.logs().some((l) => l.level === 20)).toBe(false); // LOG_LEVEL from the environment won
    child.signal('SIGINT');
    expect((await child.exited).code).toBe(0);
  });
});

describe('npm start refuses a bad start with a precise message and exit 1', () => {
  it('an invalid variable: names it, what was wrong and an example; prints nothing on stdout', async () => {
    const child = start({ env: { PORT: 'eighty', DEFAULT_TIMEZONE: 'Mars/Olympus' } });
    child.endInput('projects\n');
    expect((await child.exited).code).toBe(1);
    expect(child.stderr).toContain('deal-bot: invalid configuration:');
    expect(child.stderr).toMatch(/- PORT: "eighty" is not a port number.*\(example: PORT=3000\)/);
    expect(child.stderr).toMatch(
      /- DEFAULT_TIMEZONE: "Mars\/Olympus" is not an IANA time zone.*example: DEFAULT_TIMEZONE=/,
    );
    expect(child.stdout).toBe('');
  });

  it('a missing fact base: names the file and FACTS_PATH', async () => {
    const child = start({ env: { FACTS_PATH: '/nonexistent/factbase.json' } });
    child.endInput('');
    expect((await child.exited).code).toBe(1);
    expect(child.stderr).toMatch(/\/nonexistent\/factbase\.json/);
    expect(child.stderr).toMatch(/FACTS_PATH/);
  });

  it('an unknown argument: usage and exit 2', async () => {
    const child = start({ args: ['--rest-state'] });
    child.endInput('');
    expect((await child.exited).code).toBe(2);
    expect(child.stderr).toMatch(/--rest-state[\s\S]*usage: npm start \[-- --reset-state\]/);
  });
});
