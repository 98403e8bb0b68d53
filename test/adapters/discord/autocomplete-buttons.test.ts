import { InteractionResponseType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../../src/adapters/discord/embed.js';
import { FOLLOW_UP_PREFIX } from '../../../src/adapters/discord/follow-up-buttons.js';
import { autocomplete, buttonClick, slashCommand } from '../../fakes/discord/payloads.js';
import type { SubscriptionTwin } from '../../fakes/subscription-twin.js';
import { dataOf, type Harness, NOW, realEngine, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

type Choices = { type: number; data: { choices: Array<{ name: string; value: string }> } };

describe('discord autocomplete', () => {
  it('suggests ranked questions for a partly typed question (type 8, at most 25, each ≤ 100)', async () => {
    const body = (await h.interact(autocomplete('ask', 'question', 'proj'))).body as Choices;
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(body.data.choices).toEqual(realEngine().complete('proj', 'question', 'en', 25));
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.some((c) => /project/i.test(c.value))).toBe(true);
  });

  it('suggests names for /deal who, in Japanese too', async () => {
    const en = (await h.interact(autocomplete('who', 'name', 'aka'))).body as Choices;
    expect(en.data.choices.map((c) => c.value)).toContain('Akazawa');
    const ja = (await h.interact(autocomplete('who', 'name', '赤沢'))).body as Choices;
    expect(ja.data.choices.map((c) => c.value)).toContain('赤沢亮正');
  });

  it('stays within Discord limits for empty and huge input', async () => {
    for (const typed of ['', 'x'.repeat(400), 'a b c d e f g h i j k l m n o p']) {
      const { choices } = ((await h.interact(autocomplete('ask', 'question', typed))).body as Choices).data;
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('discord follow-up buttons', () => {
  it('shows suggestions as buttons whose custom_id is a short key, and a click asks the suggestion', async () => {
    const first = dataOf(await h.interact(slashCommand('projects')));
    const buttons = first.components?.[0]?.components ?? [];
    const expected = realEngine().answer('projects', { now: NOW });
    expect(buttons.map((b) => b.label)).toEqual(expected.suggestions);
    for (const b of buttons) {
      expect(b.custom_id.startsWith(FOLLOW_UP_PREFIX)).toBe(true);
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(b.label.length).toBeLessThanOrEqual(80);
    }
    const target = buttons.find((b) => b.label === "What's the biggest project?");
    if (!target) throw new Error('no "biggest project" button');
    const click = dataOf(await h.interact(buttonClick(target.custom_id, target.label)));
    const followUp = realEngine().answer(target.label, { now: NOW });
    expect(followUp.intent).not.toBe('unknown');
    expect(click.embeds).toEqual([renderEmbed(followUp)]);
  });

  it('answers a button from an older process by its label, and explains when even that is unknown', async () => {
    const old = dataOf(
      await h.interact(buttonClick(`${FOLLOW_UP_PREFIX}unknownkey123456`, 'Show the timeline')),
    );
    expect(old.embeds).toEqual([renderEmbed(realEngine().answer('Show the timeline', { now: NOW }))]);
    const cut = dataOf(
      await h.interact(buttonClick(`${FOLLOW_UP_PREFIX}unknownkey654321`, 'A long question that was cut…')),
    );
    expect(cut.flags).toBe(MessageFlags.Ephemeral);
    expect(cut.embeds).toEqual([]);
    expect(cut.content?.length).toBeGreaterThan(0);
  });

  it('a subscription suggestion button goes through the permission check', async () => {
    const subs = h.subscriptions as SubscriptionTwin;
    const next = dataOf(await h.interact(slashCommand('next')));
    const sub = next.components?.[0]?.components.find((b) => b.label.startsWith('/deal subscribe'));
    if (!sub) throw new Error('expected a "/deal subscribe" suggestion after /deal next');
    const denied = dataOf(await h.interact(buttonClick(sub.custom_id, sub.label)));
    expect(denied.flags).toBe(MessageFlags.Ephemeral);
    const click = buttonClick(sub.custom_id, sub.label, { admin: true });
    await h.interact(click);
    await h.webhookOf(click);
    expect(subs.requests.at(-1)?.text).toBe('/deal subscribe reminders');
  });
});
