import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelKey, type Subscription } from '../../src/core/subscriptions/types.js';
import { openStateStore } from '../../src/store/file-store.js';
import type { State } from '../../src/store/schema.js';
import { putSubscription } from '../../src/store/state-ops.js';
import { FAKE_TEAM, FakeSlack } from '../fakes/slack/fake-slack.js';
import { BotProcess } from './bot-process.js';
import { SlowProxy } from './slow-proxy.js';

const BOT_TOKEN = 'xoxb-test-shutdown-token';
const CHANNELS = Array.from({ length: 60 }, (_, i) => `C${String(i).padStart(4, '0')}`);
const children: BotProcess[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  for (const close of closers.splice(0)) await close();
});

function start(options: ConstructorParameters<typeof BotProcess>[0]): BotProcess {
  const child = new BotProcess(options);
  children.push(child);
  return child;
}

/** A state file where every channel's daily digest came due while the bot was down. */
async function seedState(path: string): Promise<void> {
  const store = await openStateStore(path);
  const created = new Date(Date.now() - 2 * 86_400_000).toISOString();
  await store.update((state) => {
    for (const channel of CHANNELS) {
      const ref = { platform: 'slack' as const, workspace: FAKE_TEAM, channel };
      const sub: Subscription = {
        id: channelKey(ref),
        channel: ref,
        reminders: false,
        news: false,
        digest: { cadence: 'daily', day: 'mon', time: '00:00', skipWhenNoNews: false },
        timeZone: 'UTC',
        lang: 'en',
        createdAt: created,
        updatedAt: created,
        status: 'active',
      };
      putSubscription(state, sub);
    }
  });
  await store.close();
}

const readState = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as State;

describe('SIGTERM with scheduled posts in flight', () => {
  it('finishes or hands back every post, records every accepted one, and a restart sends the rest exactly once', async () => {
    const fake = await FakeSlack.start([BOT_TOKEN]);
    closers.push(() => fake.stop());
    const proxy = await SlowProxy.start(fake.origin, /chat\.postMessage/, 400);
    closers.push(() => proxy.stop());
    const dir = mkdtempSync(join(tmpdir(), 'deal-bot-sigterm-'));
    const statePath = join(dir, 'state.json');
    await seedState(statePath);
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: 'test-signing-secret-shutdown',
      PORT: '0',
      HOST: '127.0.0.1',
      STATE_PATH: statePath,
    };

    // First run: posts are slow (400 ms each); SIGTERM lands once the fan-out has begun.
    const first = start({ env: { ...env, SLACK_API_URL: `${proxy.origin}/api/` } });
    await first.waitFor('posts in flight', () => proxy.received > 0);
    const signalled = Date.now();
    first.signal('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const accepted = fake.callsTo('chat.postMessage').filter((c) => c.reply?.ok === true);
    const sentKeys = Object.entries(readState(statePath).ledger)
      .filter(([, entry]) => entry.outcome === 'sent')
      .map(([key]) => key);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(CHANNELS.length); // the signal really landed mid-fan-out
    // Everything the platform accepted is recorded, and nothing else is.
    const sentChannels = (keys: string[]) =>
      keys.map((k) => CHANNELS.find((c) => k.includes(`:${c}`))).sort();
    expect(sentChannels(sentKeys)).toEqual(accepted.map((c) => c.params.channel).sort());

    // Second run, at full speed: the rest go out, none twice.
    const second = start({ env: { ...env, SLACK_API_URL: fake.apiUrl } });
    await second.waitFor(
      'every channel posted',
      () => {
        const posted = new Set(fake.callsTo('chat.postMessage').map((c) => c.params.channel));
        return posted.size === CHANNELS.length;
      },
      20_000,
    );
    await second.waitFor('every post recorded', () => {
      const sent = Object.values(readState(statePath).ledger).filter((e) => e.outcome === 'sent');
      return sent.length === CHANNELS.length;
    });
    second.signal('SIGINT');
    expect((await second.exited).code).toBe(0);

    const perChannel = new Map<string, number>();
    for (const call of fake.callsTo('chat.postMessage')) {
      const channel = String(call.params.channel);
      perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
    }
    expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
    expect(perChannel.size).toBe(CHANNELS.length);
  }, 60_000);
});

describe('SIGTERM in the console', () => {
  it('keeps every subscription change that was answered, and the restarted bot lists it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deal-bot-console-sigterm-'));
    const statePath = join(dir, 'state.json');
    const first = start({ env: { STATE_PATH: statePath } });
    first.write('/deal subscribe digest weekly fri 17:30 Asia/Tokyo\n');
    await first.waitFor('the subscribe answer', () => /Asia\/Tokyo/.test(first.stdout));
    first.write('/deal subscribe reminders\n');
    first.signal('SIGTERM'); // standard input still open: only the signal ends it
    expect(await first.exited).toEqual({ code: 0, signal: null });

    const saved = readState(statePath).subscriptions;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      timeZone: 'Asia/Tokyo',
      digest: { cadence: 'weekly', day: 'fri', time: '17:30' },
    });
    // The second command was either answered (and then saved) or not taken at all.
    // Each answer ends with a blank line: two answers printed means the second command was taken.
    const answers = first.stdout.split('\n\n').length - 1;
    expect(answers === 1 || answers === 2).toBe(true);
    expect(saved[0]?.reminders).toBe(answers === 2);

    const second = start({ env: { STATE_PATH: statePath } });
    second.endInput('/deal subscriptions\n');
    expect((await second.exited).code).toBe(0);
    expect(second.stdout).toMatch(/17:30/);
    expect(second.stdout).toMatch(/Asia\/Tokyo/);
  }, 30_000);
});
