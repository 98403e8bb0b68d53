import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../src/config.js';

const KEY = randomBytes(32).toString('base64');
const OAUTH = {
  SLACK_CLIENT_ID: '1111.2222',
  SLACK_CLIENT_SECRET: 'client-secret-value',
  SLACK_STATE_SECRET: 'state-secret-of-some-length',
  SLACK_SIGNING_SECRET: 'test-signing-secret',
  TOKEN_ENCRYPTION_KEY: KEY,
};

function errorsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected configuration errors');
  return result.errors;
}

describe('loadConfig: Slack OAuth and DATABASE_URL', () => {
  it('runs Slack for many workspaces (HTTP, no bot token) with the OAuth variables and the key', () => {
    const result = loadConfig(OAUTH);
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.config.slack).toMatchObject({ mode: 'http', oauth: { clientId: '1111.2222' } });
    expect(result.config.slack?.botToken).toBeUndefined();
    expect(result.config.slack?.oauth?.encryptionKey).toHaveLength(32);
    expect(result.config.port).toBe(3000);
    expect(secretsOf(result.config)).toEqual(
      expect.arrayContaining(['client-secret-value', 'state-secret-of-some-length', KEY]),
    );
  });

  it('names what OAuth is missing: one of the three, the signing secret, or the key', () => {
    expect(errorsOf({ ...OAUTH, SLACK_STATE_SECRET: '' })[0]).toMatch(
      /^SLACK_STATE_SECRET: missing, but SLACK_CLIENT_ID, SLACK_CLIENT_SECRET set/,
    );
    expect(errorsOf({ ...OAUTH, SLACK_SIGNING_SECRET: '' })[0]).toMatch(/^SLACK_SIGNING_SECRET: missing/);
    expect(errorsOf({ ...OAUTH, TOKEN_ENCRYPTION_KEY: '' })[0]).toMatch(
      /^TOKEN_ENCRYPTION_KEY: missing.*openssl rand -base64 32/,
    );
  });

  it('refuses a malformed key without repeating it', () => {
    const short = randomBytes(16).toString('base64');
    const errors = errorsOf({ ...OAUTH, TOKEN_ENCRYPTION_KEY: short });
    expect(errors[0]).toMatch(/^TOKEN_ENCRYPTION_KEY: not 32 bytes in base64/);
    expect(errors.join('\n')).not.toContain(short);
  });

  it('keeps single-workspace mode when SLACK_BOT_TOKEN is set', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' });
    expect(result.ok && result.config.slack).toMatchObject({ botToken: 'xoxb-1', mode: 'http' });
    expect(result.ok && result.config.slack?.oauth).toBeUndefined();
  });

  it('reads DATABASE_URL, redacts it and its password, and gives shards no per-shard file with it', () => {
    const url = 'postgres://bot:pa%24%24word@db:5432/deal';
    const env = { DATABASE_URL: url, SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '4' };
    const result = loadConfig(env);
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.config.databaseUrl).toBe(url);
    expect(result.config.statePath).toBe('var/state.json');
    expect(secretsOf(result.config)).toEqual(expect.arrayContaining([url, 'pa$$word']));
    expect(errorsOf({ DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL: not a PostgreSQL URL/);
  });
});
