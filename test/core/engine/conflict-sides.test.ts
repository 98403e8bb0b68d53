import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import type { FactBaseData } from '../../../src/core/factbase/schema.js';
import { realEngine, realFacts } from './fixture.js';

const engine = realEngine();
const ask = (q: string, day: string) => engine.answer(q, { now: `${day}T12:00:00Z` });
const readable = (a: ReturnType<typeof ask>) =>
  [a.text, ...a.items.map((i) => `${i.label} ${i.detail ?? ''}`)].join('\n');

describe('an answer that rests on a disputed value shows every side', () => {
  it('the tariff after the court ruling: 10% and 15%, each with its source', () => {
    for (const [q, day] of [
      ['what tariff does japan face after the court ruling', '2026-03-10'],
      ['最高裁判決のあとの関税率は？', '2026-03-25'],
    ] as const) {
      const a = ask(q, day);
      const sides = a.items.filter((i) => i.id.startsWith('sides:'));
      expect(sides.length).toBeGreaterThanOrEqual(2);
      expect(readable(a)).toMatch(/10[%％]/);
      expect(readable(a)).toMatch(/15[%％]/);
      for (const s of sides) expect(s.detail).toMatch(/\d/);
    }
  });

  it('a position without a value of its own (16 projects, not 21) is shown too', () => {
    expect(readable(ask('how many projects were on the october list', '2025-12-01'))).toMatch(/16/);
  });

  it('only the sides reported by the clock', () => {
    const a = ask('how much is the ohio plant', '2026-02-10');
    expect(a.items.some((i) => i.id.startsWith('sides:ohio-plant-amount'))).toBe(false);
  });

  it('the car tariff cut: retroactive to August per one source, not per another', () => {
    const a = ask('was the car tariff cut retroactive?', '2025-10-01');
    expect(readable(a)).toMatch(/not retroactive/i);
    expect(readable(a)).toMatch(/August/);
  });

  it('side items are not records: "the third one" still counts the answer\'s own list', () => {
    const first = engine.converse("what's in the first tranche?", { now: '2026-02-20T12:00:00Z' });
    const third = engine.converse('and the third one?', {
      now: '2026-02-20T12:00:00Z',
      ...(first.context ? { conversation: first.context } : {}),
    });
    expect(third.answer.text).toMatch(/Georgia|diamond/);
  });

  it('works from data alone: a new disagreement on any record is shown where its value is used', () => {
    const data: FactBaseData = structuredClone(realFacts());
    const cite = data.projects.find((p) => p.id === 'synthetic-diamond-plant')?.cite ?? [];
    data.conflicts.push({
      id: 'test-diamond-output',
      topic: { en: 'Yearly grit output of the diamond plant', ja: 'ダイヤモンド工場の年間生産量' },
      aliases: ['grit output', '生産量'],
      about: ['synthetic-diamond-plant'],
      positions: [
        {
          summary: { en: 'About 40 tonnes a year (test A).', ja: '年約40トン（テストA）。' },
          reported: '2026-02-18',
          cite,
        },
        {
          summary: { en: 'About 65 tonnes a year (test B).', ja: '年約65トン（テストB）。' },
          reported: '2026-02-18',
          cite,
        },
      ],
    });
    const a = createEngine(data).answer("what's the grit output of the diamond plant?", {
      now: '2026-03-01T12:00:00Z',
    });
    const text = readable(a);
    expect(text).toMatch(/40 tonnes/);
    expect(text).toMatch(/65 tonnes/);
  });
});

describe('a disagreement is not shown for a name alone', () => {
  it('comparing Ohio and Texas does not bring in the dispute over the day the Ohio project was announced', () => {
    for (const q of ['オハイオとテキサスではどっちが大きい？', 'ohio vs texas port, which costs more']) {
      const a = ask(q, '2026-04-01');
      expect(a.items.some((i) => i.id.startsWith('sides:ohio-announcement-date'))).toBe(false);
    }
  });

  it('the number of a day ("February 12") is not found in an amount ("$12 billion")', () => {
    const a = ask('average size of the first tranche projects', '2026-04-01');
    expect(a.items.some((i) => i.id.startsWith('sides:ohio-announcement-date'))).toBe(false);
  });
});
