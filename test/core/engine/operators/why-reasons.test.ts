import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/core/engine/engine.js';
import type { FactBaseData } from '../../../../src/core/factbase/schema.js';
import { realEngine, realFacts } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, day: string) => engine.answer(q, { now: `${day}T12:00:00Z` });
const GOALS = /technological leadership|economic security|技術的リーダーシップ|経済安全保障/i;

describe('"why" finds the reason recorded for the question\'s focus', () => {
  it('the event in the month the question names, not another trip of the same person', () => {
    const a = ask('why did Akazawa go to Washington in March?', '2026-03-10');
    expect(a.lead).toMatch(/second tranche/);
    expect(a.facts[0]).toBe('akazawa-washington-visit-march');
    const ja = ask('赤沢さんはなぜ3月にワシントンへ行ったの？', '2026-03-10');
    expect(ja.lead).toMatch(/第2弾/);
  });

  it('"purpose" and 目的 ask for a reason', () => {
    expect(ask('赤沢大臣の訪米の目的は？', '2026-02-12').lead).toMatch(/最初の案件/);
  });

  it('a reason carried by a tranche, cited and dated in its item', () => {
    const a = ask('why did the first project take so long', '2026-03-10');
    expect(a.intent).toBe('why.tranche');
    expect(a.lead).toMatch(/profitability/);
    expect(a.items[0]?.detail).toMatch(/Yomiuri/);
    expect(a.sources.map((s) => s.id)).toContain('yomiuri-2026-02-20-first-tranche-six-percent');
  });

  it('two reasons the sources give for one thing are both shown', () => {
    const a = ask('why did ishiba step down', '2025-09-08');
    expect(a.lead).toMatch(/milestone/);
    expect(a.lead).toMatch(/pressure/);
    expect(a.items.filter((i) => i.id.includes(':reason:'))).toHaveLength(2);
  });

  it('a reason reported later is not known yet', () => {
    const a = ask('why did the first project take so long', '2026-02-19');
    expect(a.text).not.toMatch(/profitab/);
  });

  it('no reason in the sources: says so, then what is known, never the goals', () => {
    const a = ask('why did takaichi call a snap election', '2026-02-12');
    expect(a.intent).toBe('why.not-given');
    expect(a.lead).toMatch(/do not state a reason/);
    expect(a.text).toMatch(/election/);
    expect(a.text).not.toMatch(GOALS);
    const pjm = ask('why was PJM not told about the ohio plant', '2026-03-01');
    expect(pjm.intent).toBe('why.not-given');
    expect(pjm.text).toMatch(/PJM/);
  });

  it('a named record with no reason is not answered with a neighbour that only shares a word', () => {
    const a = ask('why did trump call the texas project an LNG facility', '2026-03-10');
    expect(a.intent).toBe('why.not-given');
    expect(a.text).toMatch(/crude/);
  });

  it('works from data alone: a reason added to any record is found by its cue words', () => {
    const data: FactBaseData = structuredClone(realFacts());
    const port = data.projects.find((p) => p.id === 'deepwater-crude-port');
    if (!port) throw new Error('fixture lost the port');
    port.reasons = [
      {
        explains: { en: 'Why the terminal sits offshore', ja: '沖合にある理由' },
        text: { en: 'Test reason: deep water lets large tankers load.', ja: 'テスト用の理由。' },
        aliases: ['offshore', '沖合'],
        reported: '2026-02-18',
        cite: port.cite,
      },
    ];
    const a = createEngine(data).answer('why is the gulflink port offshore?', {
      now: '2026-03-01T12:00:00Z',
    });
    expect(a.lead).toMatch(/Test reason/);
    expect(a.lead).toMatch(/offshore/);
  });
});
