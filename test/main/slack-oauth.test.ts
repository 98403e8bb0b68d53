import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { BotProcess } from './bot-process.js';

const CLIENT_SECRET = 'client-secret-main-process-not-real';
const KEY = randomBytes(32).toString('base64');

const children: BotProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

function start(env: Record<string, string>): BotProcess {
  const child = new BotProcess({
    env: {
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: 'state-secret-main-process-0123',
      SLACK_SIGNING_SECRET: 'signing-secret-main-process',
      TOKEN_ENCRYPTION_KEY: KEY,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      ...env,
    },
  });
  children.push(child);
  return child;
}

describe('npm start with Slack OAuth (many workspaces)', () => {
  it('serves /slack/install on PORT, sending the browser to Slack with our client id and a state cookie', async () => {
    const child = start({});
    const port = await child.port();
    await child.waitForLog(/deal-bot started/);
    const res = await fetch(`http://127.0.0.1:${port}/slack/install`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('1111.2222');
    expect(location.searchParams.get('scope')).toContain('chat:write');
    expect(res.headers.get('set-cookie')).toMatch(/^slack-app-oauth-state=/);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    child.signal('SIGTERM');
    expect((await child.exited).code).toBe(0);
    expect(child.stderr).not.toContain(CLIENT_SECRET);
    expect(child.stderr).not.toContain(KEY);
  });

  it('refuses to start without a valid TOKEN_ENCRYPTION_KEY, saying how to make one', async () => {
    const child = start({ TOKEN_ENCRYPTION_KEY: 'too-short' });
    expect((await child.exited).code).toBe(1);
    expect(child.stderr).toContain('TOKEN_ENCRYPTION_KEY: not 32 bytes in base64');
    expect(child.stderr).toContain('openssl rand -base64 32');
    expect(child.stderr).not.toContain('too-short');
  });
});
