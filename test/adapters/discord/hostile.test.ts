import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/answer/answer.js';
import { BOT_ID, CHANNELS, GUILD_ID } from '../../fakes/discord/ids.js';
import {
  autocomplete,
  buttonClick,
  directMessage,
  guildMessage,
  slashCommand,
} from '../../fakes/discord/payloads.js';
import { dataOf, type Harness, settle, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const PINGS = '@everyone @here <@&600000000000000001> <@500000000000000002> <!channel>';
const HOSTILE = [
  PINGS,
  `${PINGS} what are the projects? [click me](https://evil.example) **bold** # heading`,
  'what\u0000 are\u0007 the \u202eprojects\u200b?',
  `${'@everyone '.repeat(1500)}projects`,
  '',
  '   \n\t  ',
];

describe('discord hostile input', () => {
  it('answers every hostile question without error, through every path', async () => {
    for (const text of HOSTILE) {
      const question = text.slice(0, 6000);
      const data = dataOf(await h.interact(slashCommand('ask', { question })));
      expect(data.embeds?.length).toBe(1);
      await h.interact(autocomplete('ask', 'question', question));
      await h.interact(autocomplete('who', 'name', question));
      expect(dataOf(await h.message(guildMessage(`<@${BOT_ID}> ${text}`))).embeds?.length).toBe(1);
      expect(
        dataOf(await h.message(guildMessage(`${text} <@${BOT_ID}>`, { channel: CHANNELS.thread }))).embeds
          ?.length,
      ).toBe(1);
      expect(dataOf(await h.message(directMessage(text || '?'))).embeds?.length).toBe(1);
    }
    const sub = slashCommand(
      'subscribe',
      { kind: 'reminders', timezone: PINGS, time: '@here' },
      { admin: true },
    );
    await h.interact(sub);
    await h.webhookOf(sub);
    await h.interact(buttonClick('deal:ask:nope', PINGS));
    const echo: Answer = {
      kind: 'answer',
      intent: 'test.echo',
      lang: 'en',
      title: PINGS,
      text: `${PINGS}\n[click me](https://evil.example) ${PINGS}`,
      items: [{ id: 'x', label: PINGS, detail: PINGS }],
      facts: [],
      sources: [{ id: 's', title: PINGS, published: 'February 2026' }],
      confidence: 1,
      suggestions: [PINGS],
      lead: `[click me](https://evil.example) ${PINGS}`,
      notes: [PINGS],
      asOf: 'February 2026',
    };
    const posted = await h.service.poster.post(
      { platform: 'discord', workspace: GUILD_ID, channel: CHANNELS.general },
      echo,
    );
    expect(posted.ok).toBe(true);
    await settle(h.fake);
    expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('every message body the bot sent has allowed_mentions present and empty', () => {
    const bodies = h.fake.rest.messageBodies();
    expect(bodies.length).toBeGreaterThanOrEqual(HOSTILE.length * 4 + 3);
    for (const { path, body } of bodies) {
      expect({ path, allowed: body.allowed_mentions }).toEqual({
        path,
        allowed: { parse: [], replied_user: false },
      });
    }
  });

  it('never turns echoed text into a masked link', () => {
    const texts = h.fake.rest.messageBodies().map(({ body }) => JSON.stringify(body.embeds ?? []));
    const echoed = texts.filter((t) => t.includes('click me'));
    expect(echoed.length).toBeGreaterThan(0);
    // Escaped as \[click me](…), shown literally; in JSON the backslash is doubled.
    for (const t of echoed) expect(t).not.toMatch(/[^\\]\[click me\]/);
  });
});
