import { describe, expect, it } from 'vitest';
import { EMBED_LIMITS, leadText, renderEmbed } from '../../../src/adapters/discord/embed.js';
import { escapeMarkdown } from '../../../src/adapters/discord/markdown.js';
import type { Answer } from '../../../src/core/answer/answer.js';
import { NOW, realEngine } from './harness.js';

function total(e: ReturnType<typeof renderEmbed>): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + fields + (e.footer?.text.length ?? 0);
}

function huge(items: number, size: number): Answer {
  const long = (c: string) => c.repeat(size);
  return {
    kind: 'list',
    intent: 'test.huge',
    lang: 'en',
    title: long('T'),
    text: `${long('T')}\n${long('L')}\n${long('N')}`,
    items: Array.from({ length: items }, (_, i) => ({
      id: `i${i}`,
      label: long('a'),
      detail: long('d'),
      status: 'reported-not-confirmed' as const,
      statusLabel: 'reported, not confirmed',
    })),
    facts: [],
    sources: Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`,
      title: long('S'),
      published: 'February 2026',
    })),
    confidence: 1,
    suggestions: [],
    lead: long('L'),
    notes: [long('N')],
    asOf: 'February 2026',
  };
}

describe('discord markdown escaping', () => {
  it('defuses links, emphasis, code, spoilers and line-start markup; leaves plain text alone', () => {
    expect(escapeMarkdown('[click](https://evil.example)')).toBe('\\[click\\](https://evil.example)');
    expect(escapeMarkdown('**b** __u__ ~~s~~ `c` ||x|| a_b')).toBe(
      '\\*\\*b\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|x\\|\\| a\\_b',
    );
    expect(escapeMarkdown('# big\n> quote\n- item\n  12. step')).toBe(
      '\\# big\n\\> quote\n\\- item\n  12\\. step',
    );
    const plain =
      "Power plant for data centers: $40 billion (not confirmed) — 5,500億ドル; Lutnick's 2-day visit #1";
    expect(escapeMarkdown(plain)).toBe(plain);
  });
});

describe('discord embed rendering', () => {
  it('renders title, lead, one field per item with its status label, and a footer with sources and as-of', () => {
    const answer = realEngine().answer('projects', { now: NOW });
    const embed = renderEmbed(answer);
    expect(embed.title).toBe(answer.title);
    expect(embed.fields?.length).toBe(answer.items.length);
    for (const [i, item] of answer.items.entries()) {
      expect(embed.fields?.[i]?.name).toBe(item.label);
      expect(embed.fields?.[i]?.value).toContain(`*${item.statusLabel}*`);
    }
    expect(embed.footer?.text).toContain(answer.sources[0]?.publisher ?? answer.sources[0]?.title);
    expect(embed.footer?.text).toContain(answer.asOf);
    // The lead is not repeated: no item line and no source line in the description.
    expect(embed.description).not.toContain('•');
    expect(embed.description).not.toContain('Source:');
    expect(embed.description?.length).toBeGreaterThan(0);
  });

  it('keeps the items out of the lead text but keeps the notes', () => {
    const answer = realEngine().answer('timeline', { now: NOW });
    const lead = leadText(answer);
    for (const item of answer.items) expect(lead).not.toContain(item.label);
    expect(answer.notes.length).toBeGreaterThan(0);
    expect(lead).toBe([answer.lead, ...answer.notes].join('\n'));
  });

  it.each([
    [40, 2000],
    [25, 300],
    [3, 9000],
    [0, 10_000],
  ])('stays within every Discord limit (%i items of %i characters)', (items, size) => {
    const embed = renderEmbed(huge(items, size));
    expect(embed.title?.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of embed.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embed.footer?.text.length).toBeLessThanOrEqual(EMBED_LIMITS.footer);
    expect(total(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    if (items > (embed.fields?.length ?? 0)) expect(embed.footer?.text).toMatch(/more not shown/);
  });

  it('renders every answer of the real engine within the limits', () => {
    const engine = realEngine();
    const questions = [
      'help',
      'timeline',
      'projects',
      'sectors',
      'sources',
      'next',
      'who',
      '年表',
      'プロジェクト',
    ];
    for (const q of engine
      .complete('', 'question', 'en', 25)
      .map((c) => c.value)
      .concat(questions)) {
      const embed = renderEmbed(engine.answer(q, { now: NOW }));
      expect(total(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
      expect(embed.title?.length).toBeGreaterThan(0);
    }
  });
});
