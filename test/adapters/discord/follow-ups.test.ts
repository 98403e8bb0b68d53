import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, CHANNELS } from '../../fakes/discord/ids.js';
import { guildMessage, slashCommand } from '../../fakes/discord/payloads.js';
import { dataOf, type Harness, startHarness } from './harness.js';

/** After the first tranche was reported: the list, then "the 2nd one" (its deepwater port, $2.1 billion). */
const NOW = new Date('2026-02-20T10:00:00Z');
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
});
afterAll(() => h?.close());

const ask = async (question: string, user: string, channel: string = CHANNELS.general) =>
  JSON.stringify(dataOf(await h.interact(slashCommand('ask', { question }, { user, channel }))));

describe('discord follow-ups', () => {
  it('reads a follow-up against the same user in the same channel only', async () => {
    expect(await ask('list the first tranche projects', '700000000000000101')).toContain('Deepwater port');
    // Another user in the channel, and the same user in another channel, have no conversation yet.
    expect(await ask('what about the 2nd one', '700000000000000102')).not.toContain('$2.1 billion');
    expect(await ask('what about the 2nd one', '700000000000000101', CHANNELS.thread)).not.toContain(
      '$2.1 billion',
    );
    expect(await ask('what about the 2nd one', '700000000000000101')).toContain('$2.1 billion');
  });

  it('keeps a conversation across a mention and a slash command of the same user', async () => {
    const user = '700000000000000103';
    await h.message(guildMessage(`<@${BOT_ID}> list the first tranche projects`, { author: user }));
    expect(await ask('what about the 2nd one', user)).toContain('$2.1 billion');
  });
});
