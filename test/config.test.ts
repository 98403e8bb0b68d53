import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadDotEnv } from '../src/config/dotenv.js';
import { EnvSchema, EXAMPLES, loadConfig, SECRET_VARIABLES, secretsOf, VARIABLES } from '../src/config.js';

function ok(env: Record<string, string>) {
  const result = loadConfig(env);
  if (!result.ok) throw new Error(`expected a valid config, got: ${result.errors.join('; ')}`);
  return result;
}
function errorsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected configuration errors');
  return result.errors;
}

const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: 'test-signing-secret' };
const DISCORD = { DISCORD_TOKEN: 'discord-test-token', DISCORD_APPLICATION_ID: '123456789012345678' };

describe('loadConfig: modes follow the credentials present', () => {
  it('runs the bare console with no variables at all, quiet logs and every default', () => {
    const { config } = ok({});
    expect(config).toEqual({
      host: '0.0.0.0',
      statePath: 'var/state.json',
      factsPath: 'data/factbase.json',
      defaultTimeZone: 'America/New_York',
      defaultLang: 'en',
      logLevel: 'warn',
      scheduler: true,
      drainMs: 3000,
      news: {
        feeds: [],
        pollMs: 1_800_000,
        timeoutMs: 10_000,
        maxBytes: 5_242_880,
        keep: 1000,
        denyPrivate: true,
      },
    });
  });

  it('reads the news watch settings: feeds de-duplicated, durations with units, bad values named', () => {
    const { config } = ok({
      NEWS_FEEDS: 'https://a.example/rss, https://b.example/atom,https://a.example/rss',
      NEWS_POLL: '1h',
      NEWS_TIMEOUT: '2500ms',
      NEWS_DENY_PRIVATE: 'off',
    });
    expect(config.news).toMatchObject({
      feeds: ['https://a.example/rss', 'https://b.example/atom'],
      pollMs: 3_600_000,
      timeoutMs: 2500,
      denyPrivate: false,
    });
    const bad = loadConfig({ NEWS_FEEDS: 'file:///etc/passwd', NEWS_POLL: '30', NEWS_TIMEOUT: '5m' });
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors.join('\n');
    expect(errors).toContain('NEWS_FEEDS: "file:///etc/passwd" is not an http or https URL');
    expect(errors).toContain('NEWS_POLL: "30" is not a duration');
    expect(errors).toContain('NEWS_TIMEOUT: the timeout must be between 0.5 s and 120 s');
  });

  it('takes SHUTDOWN_DRAIN_MS within the 10 s stop budget, and says so when it is not', () => {
    expect(ok({ SHUTDOWN_DRAIN_MS: '500' }).config.drainMs).toBe(500);
    const result = loadConfig({ SHUTDOWN_DRAIN_MS: '9000' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(/^SHUTDOWN_DRAIN_MS: .*0 to 8000.*example: SHUTDOWN_DRAIN_MS=3000/);
  });

  it('logs at info by default once something runs unattended (a platform or PORT)', () => {
    expect(ok({ PORT: '8080' }).config.logLevel).toBe('info');
    expect(ok(DISCORD).config.logLevel).toBe('info');
    expect(ok({ LOG_LEVEL: 'debug' }).config.logLevel).toBe('debug');
  });

  it('Slack with a signing secret is HTTP mode on port 3000 unless PORT says otherwise', () => {
    const { config } = ok(SLACK_HTTP);
    expect(config.slack).toEqual({
      botToken: 'xoxb-test-token',
      signingSecret: 'test-signing-secret',
      mode: 'http',
    });
    expect(config.port).toBe(3000);
    expect(ok({ ...SLACK_HTTP, PORT: '8080' }).config.port).toBe(8080);
  });

  it('Slack with an app-level token is Socket Mode and opens no port by itself', () => {
    const { config } = ok({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_APP_TOKEN: 'xapp-test-token' });
    expect(config.slack?.mode).toBe('socket');
    expect(config.port).toBeUndefined();
  });

  it('Slack and Discord can run together, with the optional Discord settings', () => {
    const { config } = ok({
      ...SLACK_HTTP,
      ...DISCORD,
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      DISCORD_GUILD_ID: '42424242',
      DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
    });
    expect(config.discord).toEqual({
      token: 'discord-test-token',
      applicationId: '123456789012345678',
      apiUrl: 'http://127.0.0.1:9999/api',
      guildId: '42424242',
      publicKey: 'ab'.repeat(32),
    });
    expect(config.slack?.mode).toBe('http');
  });

  it('Discord HTTP interactions (DISCORD_PUBLIC_KEY) open port 3000 unless PORT says otherwise', () => {
    expect(ok({ ...DISCORD, DISCORD_PUBLIC_KEY: 'ab'.repeat(32) }).config.port).toBe(3000);
    expect(ok(DISCORD).config.port).toBeUndefined();
  });

  it('treats blank values and surrounding spaces as unset, so a copy of .env.example just works', () => {
    const example = parseEnv(readFileSync('.env.example', 'utf8')) as Record<string, string>;
    expect(ok(example).config).toEqual(ok({}).config);
    expect(ok({ PORT: '  ', SLACK_BOT_TOKEN: '' }).config.port).toBeUndefined();
    expect(ok({ DEFAULT_TIMEZONE: ' Asia/Tokyo ' }).config.defaultTimeZone).toBe('Asia/Tokyo');
  });

  it('lists the secret values for the logger to redact', () => {
    const { config } = ok({ ...SLACK_HTTP, ...DISCORD });
    expect(secretsOf(config).sort()).toEqual([
      'discord-test-token',
      'test-signing-secret',
      'xoxb-test-token',
    ]);
  });
});

describe('loadConfig: every error names the variable, what was wrong and an example', () => {
  const cases: Array<[Record<string, string>, string, RegExp]> = [
    [{ PORT: 'eighty' }, 'PORT', /"eighty" is not a port number/],
    [{ PORT: '70000' }, 'PORT', /from 0 to 65535/],
    [{ HOST: 'local host' }, 'HOST', /space/],
    [
      { LOG_LEVEL: 'verbose' },
      'LOG_LEVEL',
      /"verbose" is not one of fatal, error, warn, info, debug, trace, silent/,
    ],
    [{ DEFAULT_TIMEZONE: 'Tokyo' }, 'DEFAULT_TIMEZONE', /"Tokyo" is not an IANA time zone/],
    [{ DEFAULT_LANG: 'fr' }, 'DEFAULT_LANG', /"fr" is not one of en, ja/],
    [{ SCHEDULER: 'yes' }, 'SCHEDULER', /"yes" is not one of on, off/],
    [{ STATE_PATH: 'var/' }, 'STATE_PATH', /is a directory/],
    [{ ...SLACK_HTTP, SLACK_API_URL: 'http://127.0.0.1:1/api' }, 'SLACK_API_URL', /trailing slash/],
    [{ ...SLACK_HTTP, SLACK_API_URL: 'slack' }, 'SLACK_API_URL', /not an http\(s\) URL/],
    [
      { ...DISCORD, DISCORD_API_URL: 'https://discord.com/api/v10' },
      'DISCORD_API_URL',
      /includes the API version/,
    ],
    [{ ...DISCORD, DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID', /not a Discord id/],
    [{ ...DISCORD, DISCORD_GUILD_ID: 'guild' }, 'DISCORD_GUILD_ID', /not a Discord id/],
    [{ ...DISCORD, DISCORD_PUBLIC_KEY: 'xyz' }, 'DISCORD_PUBLIC_KEY', /64 hexadecimal/],
    [
      { SLACK_BOT_TOKEN: 'xapp-test-token', SLACK_SIGNING_SECRET: 's3cret-value' },
      'SLACK_BOT_TOKEN',
      /put it in SLACK_APP_TOKEN/,
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxp-test-token', SLACK_SIGNING_SECRET: 's3cret-value' },
      'SLACK_BOT_TOKEN',
      /starts with "xoxb-"/,
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_APP_TOKEN: 'xoxb-other-token' },
      'SLACK_APP_TOKEN',
      /put it in SLACK_BOT_TOKEN/,
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: 'xoxb-test-token' },
      'SLACK_SIGNING_SECRET',
      /is a token, not the signing secret/,
    ],
    [
      { DISCORD_TOKEN: 'Bot discord-test-token', DISCORD_APPLICATION_ID: '123456' },
      'DISCORD_TOKEN',
      /remove the "Bot " prefix/,
    ],
  ];
  it.each(cases)('%o → %s', (env, variable, wrong) => {
    const errors = errorsOf(env);
    const error = errors.find((e) => e.startsWith(`${variable}: `));
    expect(error, errors.join('\n')).toBeDefined();
    expect(error).toMatch(wrong);
    expect(error).toContain(`(example: ${variable}=`);
  });

  it('reports every invalid variable at once', () => {
    const errors = errorsOf({ PORT: 'x', LOG_LEVEL: 'loud', DEFAULT_LANG: 'de' });
    expect(errors.map((e) => e.split(':')[0]).sort()).toEqual(['DEFAULT_LANG', 'LOG_LEVEL', 'PORT']);
  });

  it('names the missing half of a platform credential pair', () => {
    expect(errorsOf({ SLACK_BOT_TOKEN: 'xoxb-test-token' })[0]).toMatch(
      /^SLACK_SIGNING_SECRET or SLACK_APP_TOKEN: .*example: SLACK_SIGNING_SECRET=/,
    );
    expect(errorsOf({ SLACK_SIGNING_SECRET: 'test-signing-secret' })[0]).toMatch(
      /^SLACK_BOT_TOKEN: missing.*example/,
    );
    expect(errorsOf({ DISCORD_TOKEN: 'discord-test-token' })[0]).toMatch(
      /^DISCORD_APPLICATION_ID: missing.*example/,
    );
    expect(errorsOf({ DISCORD_APPLICATION_ID: '123456' })[0]).toMatch(/^DISCORD_TOKEN: missing/);
  });

  it('never repeats the value of a secret in an error', () => {
    const secret = 'my signing secret with spaces';
    const token = 'Bot discord-secret-value-123';
    const errors = errorsOf({
      SLACK_BOT_TOKEN: 'xoxp-user-token-value',
      SLACK_SIGNING_SECRET: secret,
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: '123456',
    });
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const e of errors) {
      expect(e).not.toContain(secret);
      expect(e).not.toContain('discord-secret-value-123');
      expect(e).not.toContain('xoxp-user-token-value');
    }
  });

  it('warns about names that look like typos of ours, without failing', () => {
    const result = ok({ SLACK_BOT_TOKN: 'xoxb-test-token', DISCORD_WHATEVER: 'x', PATH: '/usr/bin' });
    expect(result.warnings).toEqual([
      'SLACK_BOT_TOKN is not a variable deal-bot reads; did you mean SLACK_BOT_TOKEN? (see .env.example)',
      'DISCORD_WHATEVER is not a variable deal-bot reads (see .env.example)',
    ]);
  });
});

describe('.env.example', () => {
  const text = readFileSync('.env.example', 'utf8');
  const lines = text.split('\n');
  const values = parseEnv(text);

  it('documents exactly the variables the schema reads', () => {
    expect(Object.keys(values).sort()).toEqual([...VARIABLES].sort());
    expect(Object.keys(EnvSchema.shape).sort()).toEqual([...VARIABLES].sort());
  });

  it('gives every variable a comment with its default, and the default as its value when it has one', () => {
    const defaults = EnvSchema.parse({}) as Record<string, unknown>;
    for (const name of VARIABLES) {
      const at = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(lines[at - 1], name).toMatch(/^# .*Default: /);
      const fallback = defaults[name];
      expect(values[name], name).toBe(fallback === undefined ? '' : String(fallback));
    }
  });

  it('holds no secret value', () => {
    for (const name of SECRET_VARIABLES) expect(values[name], name).toBe('');
  });

  it('has a valid example for every variable', () => {
    const env: Record<string, string> = Object.fromEntries(VARIABLES.map((v) => [v, EXAMPLES[v]]));
    env.DISCORD_PUBLIC_KEY = 'ab'.repeat(32);
    expect(EnvSchema.safeParse(env).success).toBe(true);
  });
});

describe('loadDotEnv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deal-bot-dotenv-'));

  it('loads .env when present, and the environment wins over the file', () => {
    const path = join(dir, '.env');
    writeFileSync(path, '# comment\nPORT=4000\nLOG_LEVEL=debug\nDEFAULT_TIMEZONE="Asia/Tokyo"\nEMPTY=\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'error' };
    const result = loadDotEnv(path, env);
    expect(result.loaded && [...result.keys].sort()).toEqual(['DEFAULT_TIMEZONE', 'EMPTY', 'PORT']);
    expect(env).toEqual({ LOG_LEVEL: 'error', PORT: '4000', DEFAULT_TIMEZONE: 'Asia/Tokyo', EMPTY: '' });
  });

  it('is a no-op when the file is missing (unlike node --env-file)', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadDotEnv(join(dir, 'absent.env'), env)).toEqual({ loaded: false });
    expect(env).toEqual({});
  });

  it('names the file and the fix when .env exists but cannot be read', () => {
    const path = join(dir, 'a-directory.env');
    mkdirSync(path);
    const result = loadDotEnv(path, {});
    expect(result.loaded).toBe(false);
    expect(!result.loaded && result.error).toMatch(/a-directory\.env: cannot read the file \(EISDIR\)/);
  });
});
