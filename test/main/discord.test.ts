import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { APP_ID } from '../fakes/discord/ids.js';
import { slashCommand } from '../fakes/discord/payloads.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { BotProcess } from './bot-process.js';
import { expectedAnswer } from './expected.js';

const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.test-main.not-a-real-discord-token';
const SLACK_TOKEN = 'xoxb-test-main-both-platforms-token';
const SIGNING_SECRET = 'test-signing-secret-both-platforms-42';
const PUBLIC_KEY = 'ab'.repeat(32);

const children: BotProcess[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  for (const close of closers.splice(0)) await close();
});

async function fakes(): Promise<{ discord: FakeDiscord; slack: FakeSlack }> {
  const discord = await startFakeDiscord({ heartbeatMs: 500 });
  const slack = await FakeSlack.start([SLACK_TOKEN]);
  closers.push(
    () => discord.close(),
    () => slack.stop(),
  );
  return { discord, slack };
}

describe('npm start with Discord (and Slack) credentials', () => {
  it('runs both platforms in one process behind one port, answers /deal on Discord, and never logs a secret', async () => {
    const { discord, slack } = await fakes();
    const child = new BotProcess({
      env: {
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: PUBLIC_KEY,
        SLACK_BOT_TOKEN: SLACK_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'trace',
      },
    });
    children.push(child);
    const port = await child.port();
    await child.waitForLog(/deal-bot started/);
    expect(discord.gateway.identifies[0]?.token).toBe(DISCORD_TOKEN);

    const base = `http://127.0.0.1:${port}`;
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toMatchObject({
      ready: true,
      checks: { slack: true, discord: true, store: true },
    });
    // Discord's HTTP interactions endpoint is mounted on the same server, and verifies signatures.
    const unsigned = await fetch(`${base}/discord/interactions`, { method: 'POST', body: '{"type":1}' });
    expect(unsigned.status).toBe(401);

    discord.gateway.dispatch('INTERACTION_CREATE', slashCommand('projects'));
    const callback = await discord.rest.waitFor((r) => r.method === 'POST' && r.path.endsWith('/callback'));
    const sent = JSON.stringify(callback.body);
    const expected = await expectedAnswer('projects');
    // One field per item, as many as fit Discord's embed size; the footer counts the rest.
    const embed = (
      callback.body as { data: { embeds: { fields: { name: string }[]; footer: { text: string } }[] } }
    ).data.embeds[0];
    const fields = embed?.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    fields.forEach((f, i) => {
      expect(f.name.split(':')[0]).toBe(expected.items[i]?.label.split(':')[0]);
    });
    if (fields.length < expected.items.length)
      expect(embed?.footer.text).toContain(`${expected.items.length - fields.length} more not shown`);
    expect(sent).toContain(expected.title);

    child.signal('SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });
    const output = child.stderr + child.stdout;
    for (const secret of [DISCORD_TOKEN, SLACK_TOKEN, SIGNING_SECRET]) expect(output).not.toContain(secret);
    expect(child.logs().map((l) => l.service)).toEqual(
      expect.arrayContaining(['discord', 'slack', 'scheduler', 'store']),
    );
  }, 40_000);
});
