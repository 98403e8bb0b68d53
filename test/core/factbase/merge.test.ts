import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeFactBase } from '../../../src/core/factbase/merge.js';
import { parseFactBase } from '../../../src/core/factbase/parse.js';

const seed = JSON.parse(readFileSync('test/fixtures/seed-factbase.json', 'utf8'));
const kyodo = {
  id: 'kyodo-2026-02-11-akazawa',
  title: 'Akazawa in Washington',
  publisher: 'Kyodo',
  kind: 'wire',
  authority: 'established',
  published: { precision: 'day', date: '2026-02-11' },
  url: 'https://example.org/kyodo',
};

describe("merging a curator's partial file into the fact base (facts:check --file)", () => {
  it("adds new records and sources, and joins a known record's dated lists, oldest report first", () => {
    const partial = {
      sources: [kyodo],
      events: [
        {
          id: 'pm-white-house-visit',
          date: [
            {
              value: { start: { precision: 'day', date: '2026-03-19' } },
              reported: '2026-02-12',
              cite: [{ source: kyodo.id }],
            },
          ],
          cite: [{ source: kyodo.id }],
          aliases: ['March 19 summit'],
        },
      ],
    };
    const { merged, problems } = mergeFactBase(seed, partial, 'events.json');
    expect(problems).toEqual([]);
    const pm = (
      merged.events as { id: string; date: { reported: string }[]; aliases: string[]; cite: unknown[] }[]
    ).find((e) => e.id === 'pm-white-house-visit');
    expect(pm?.date.map((o) => o.reported)).toEqual(['2026-02-11', '2026-02-12']);
    expect(pm?.aliases).toContain('March 19 summit');
    expect(pm?.aliases).toContain('PM visit');
    expect(pm?.cite).toHaveLength(2);
    expect(parseFactBase(merged).ok).toBe(true);
    expect(seed.events.find((e: { id: string }) => e.id === 'pm-white-house-visit').date).toHaveLength(1);
  });

  it('names a source two curators define differently, and a key that is not a collection', () => {
    const first = mergeFactBase(seed, { sources: [kyodo] }, 'a.json').merged;
    const { problems } = mergeFactBase(
      first,
      { sources: [{ ...kyodo, title: 'Other' }], event: [] },
      'b.json',
    );
    expect(problems.map((p) => p.message)).toEqual([
      'b.json: source "kyodo-2026-02-11-akazawa" differs from the one already defined',
      'b.json: "event" is not a collection of the fact base',
    ]);
    expect(problems[1]?.fix).toMatch(/use one of: sources, people/);
  });
});
