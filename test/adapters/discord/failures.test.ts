import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, CHANNELS } from '../../fakes/discord/ids.js';
import { guildMessage, slashCommand } from '../../fakes/discord/payloads.js';
import { SubscriptionTwin } from '../../fakes/subscription-twin.js';
import { dataOf, type Harness, realEngine, settle, startHarness } from './harness.js';

let h: Harness;
const subs = new SubscriptionTwin();
/** An engine source that can be made to fail, like a broken fact-base reload would. */
let broken = false;
const engines = {
  current: () => {
    if (broken) throw new Error('fact base unreadable');
    return realEngine();
  },
};
beforeAll(async () => {
  h = await startHarness({ subscriptions: subs, engines });
});
afterAll(() => h?.close());

describe('discord failures are logged clearly and never crash', () => {
  it('logs "Unknown interaction" (10062) and keeps serving', async () => {
    const late = slashCommand('projects');
    h.fake.rest.script({
      method: 'POST',
      path: new RegExp(`^/interactions/${late.id}/`),
      status: 404,
      body: { code: 10062, message: 'Unknown interaction' },
    });
    expect((await h.interact(late)).status).toBe(404);
    await settle(h.fake);
    const line = h.logs.find((l) => l.code === 10062);
    expect(line?.level).toBe(40);
    expect(line?.msg).toContain('3-second deadline');
    expect(line?.interaction).toBe(late.id);
    // Not answered twice (no apology to an interaction that is gone), and the bot still answers.
    expect(h.fake.rest.requests.filter((r) => r.path.includes(late.token)).length).toBe(1);
    expect(dataOf(await h.interact(slashCommand('sectors'))).embeds?.length).toBe(1);
  });

  it('gives a short ephemeral apology with a reference id when a handler fails, and logs the details', async () => {
    subs.failWith = new Error('disk on fire');
    const payload = slashCommand('subscriptions', {}, { admin: true });
    const callback = await h.interact(payload);
    expect((callback.body as { type: number }).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const edit = dataOf(await h.webhookOf(payload));
    subs.failWith = undefined;
    const ref = /Reference: ([0-9a-f]{8})/.exec(edit.content ?? '')?.[1];
    expect(ref).toBeDefined();
    const line = h.logs.find((l) => l.ref === ref);
    expect(line?.level).toBe(50);
    expect(JSON.stringify(line)).toContain('disk on fire');
    expect(edit.content).not.toContain('disk on fire');
    // Exactly one acknowledgement for the interaction.
    expect(h.fake.rest.requests.filter((r) => r.path.endsWith(`${payload.token}/callback`)).length).toBe(1);
  });

  it('an error before any answer gets an ephemeral apology as the one acknowledgement', async () => {
    broken = true;
    const callback = await h.interact(slashCommand('projects'));
    broken = false;
    const data = dataOf(callback);
    expect((callback.body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const ref = /Reference: ([0-9a-f]{8})/.exec(data.content ?? '')?.[1];
    expect(h.logs.find((l) => l.ref === ref)?.level).toBe(50);
    expect(data.content).not.toContain('unreadable');
  });

  it('a first answer rate limited (429) is sent again once the wait is over, with nothing logged as an error', async () => {
    const payload = slashCommand('sectors');
    h.fake.rest.script({
      method: 'POST',
      path: new RegExp(`^/interactions/${payload.id}/`),
      status: 429,
      headers: { 'retry-after': '0.05' },
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    });
    expect((await h.interact(payload)).status).toBe(429);
    const again = await h.fake.rest.waitFor(
      (r) => r.path.endsWith(`${payload.token}/callback`) && r.status === 204,
    );
    expect(dataOf(again).embeds?.length).toBe(1);
    expect(h.logs.some((l) => l.level >= 50 && l.interaction === payload.id)).toBe(false);
  });

  it('a first answer refused by Discord (5xx) is logged with a reference and never acknowledged twice', async () => {
    const payload = slashCommand('help');
    h.fake.rest.script({
      method: 'POST',
      path: new RegExp(`^/interactions/${payload.id}/`),
      status: 500,
      body: {},
      times: 5,
    });
    await h.interact(payload);
    await settle(h.fake);
    // The first answer failed on Discord's side: logged with a reference, no second acknowledgement tried.
    expect(h.logs.some((l) => l.interaction === payload.id && typeof l.ref === 'string')).toBe(true);
    const followUps = h.fake.rest.requests.filter(
      (r) => r.path.startsWith(`/webhooks/`) && r.path.includes(payload.token),
    );
    expect(followUps).toEqual([]);
    const callbacks = h.fake.rest.requests.filter((r) => r.path.endsWith(`${payload.token}/callback`));
    // The direct callback, then discord.js's REST (which retries a 5xx 3 times); every try is the same
    // type-4 answer, never another kind.
    expect(callbacks.length).toBe(5);
    expect(
      callbacks.every(
        (r) => (r.body as { type: number }).type === InteractionResponseType.ChannelMessageWithSource,
      ),
    ).toBe(true);
  });

  it('logs a missing permission when a mention cannot be answered in a channel', async () => {
    h.fake.rest.script({
      method: 'POST',
      path: new RegExp(`^/channels/${CHANNELS.readonly}/messages$`),
      status: 403,
      body: { code: 50013, message: 'Missing Permissions' },
    });
    const message = guildMessage(`<@${BOT_ID}> projects`, { channel: CHANNELS.readonly });
    expect((await h.message(message)).status).toBe(403);
    await settle(h.fake);
    const line = h.logs.find((l) => l.code === 50013);
    expect(line?.level).toBe(40);
    expect(line?.msg).toContain('Send Messages');
    expect(line?.channel).toBe(CHANNELS.readonly);
  });
});
