import { describe, expect, it } from 'vitest';
import type { FactBaseData } from '../../../src/core/factbase/schema.js';
import { reasonsOn } from '../../../src/core/knowledge/reasons.js';
import { Visibility, viewAt } from '../../../src/core/knowledge/view.js';
import { realFacts } from '../engine/fixture.js';

const facts = realFacts();
const vis = new Visibility(facts);
const on = (day: string) => reasonsOn(viewAt(vis, day));

describe('reasons as claims', () => {
  it('a reason is known only from the day it was reported', () => {
    const before = on('2026-02-19').filter((r) => r.record === 'first-tranche');
    const after = on('2026-02-20').filter((r) => r.record === 'first-tranche');
    expect(before).toHaveLength(0);
    expect(after).toHaveLength(1);
    expect(after[0]?.reason.cite.length).toBeGreaterThan(0);
  });

  it('records of every kind carry reasons: a person, a project, a tranche, a tariff, a conflict, the deal', () => {
    const holders = new Set(on('2026-06-30').map((r) => r.holder));
    for (const h of ['person', 'project', 'tranche', 'tariff', 'conflict', 'deal', 'event'] as const)
      expect(holders).toContain(h);
  });

  it("an event's single `why` counts as a reason cited by the event, unless the event carries reasons", () => {
    const data: FactBaseData = structuredClone(facts);
    const e = data.events.find((x) => x.why && !x.reasons);
    expect(e).toBeDefined();
    const day = '2026-06-30';
    const legacy = reasonsOn(viewAt(new Visibility(data), day)).filter((r) => r.record === e?.id);
    expect(legacy).toHaveLength(1);
    expect(legacy[0]?.reason.cite).toEqual(e?.cite);
    if (e)
      e.reasons = [
        { text: { en: 'Own words.', ja: '自分の言葉。' }, aliases: [], reported: '2026-01-01', cite: e.cite },
      ];
    const replaced = reasonsOn(viewAt(new Visibility(data), day)).filter((r) => r.record === e?.id);
    expect(replaced.map((r) => r.reason.text.en)).toEqual(['Own words.']);
  });
});
