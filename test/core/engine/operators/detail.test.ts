import { describe, expect, it } from 'vitest';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-03-25T12:00:00Z') => engine.answer(q, { now });

describe('the asked detail is given, or said to be not stated', () => {
  it('a detail no claim gives: not stated, then what is known of the project', () => {
    const a = ask('how many workers will the Pennsylvania gas plant employ?');
    expect(a.lead).toMatch(/number of jobs of .* is not stated/);
    expect(a.lead).toMatch(/What my sources do say/);
    expect(a.text).toMatch(/Pennsylvania/);
  });

  it('a project found by the place it is in', () => {
    const a = ask('how many people will work at the georgia factory');
    expect(a.lead).toMatch(/not stated/);
    expect(a.facts).toContain('synthetic-diamond-plant');
  });

  it('a detail a claim gives is answered from it', () => {
    const a = ask("what's the capacity of the Ohio gas plant?", '2026-02-20T12:00:00Z');
    expect(a.lead).toMatch(/9\.2 GW/);
  });

  it('in Japanese', () => {
    const a = ask('ペンシルベニアの発電所の雇用はどれくらい？');
    expect(a.lead).toMatch(/示されていません/);
  });
});

describe('the detail table (analysis/detail-words.ts)', () => {
  it('maps words in either language to a kind', async () => {
    const { askedDetail } = await import('../../../../src/core/engine/analysis/detail-words.js');
    expect(askedDetail('what will it cost in yen', '')?.detail).toBe('yen');
    expect(askedDetail('', 'オハイオの案件は円換算でいくら？')?.detail).toBe('yen');
    expect(askedDetail('who runs the port', '')?.detail).toBe('operator');
    expect(askedDetail('', '港の事業者は？')?.detail).toBe('operator');
    expect(askedDetail('how much did jbic lend', '')?.detail).toBe('financing');
    expect(askedDetail('', '第1弾の融資額は？')?.detail).toBe('financing');
    expect(askedDetail('where is the plant', '')?.detail).toBe('location');
    expect(askedDetail('how much is the plant', '')).toBeUndefined();
  });

  it('a detail of a kind on the record answers (the amount in yen)', () => {
    const a = ask('what will the Ohio plant cost in yen?', '2026-02-20T12:00:00Z');
    expect(a.intent).toBe('detail.yen');
    expect(a.lead).toMatch(/¥5\.2 trillion/);
  });

  it('a field of the record answers (the operator), in Japanese too', () => {
    expect(ask('who runs the ohio plant', '2026-02-20T12:00:00Z').lead).toMatch(/^Run by: SB Energy/);
    expect(engine.answer('ダイヤモンド工場の事業者は？', { now: '2026-02-20T12:00:00Z' }).lead).toMatch(
      /^運営: エレメント・シックス|^運営: Element Six/,
    );
  });

  it('a detail reported after the clock is not stated yet', () => {
    const a = ask('how many GW will the ohio power plant be', '2026-02-12T12:00:00Z');
    expect(a.intent).toBe('detail.capacity.not-stated');
    expect(a.text).not.toMatch(/9\.2/);
  });

  it("a detail asked of a tranche: its projects' details", () => {
    const a = engine.answer('第1弾の融資額はいくら？', { now: '2026-06-01T12:00:00Z' });
    expect(a.intent).toBe('detail.financing');
    expect(a.lead).toMatch(/3400億円/);
  });
});

describe('details of events (details[].kind on an event record)', () => {
  it('how long two people met, found by the people and the month', () => {
    const a = ask('how long did akazawa and lutnick meet in february', '2026-03-10T12:00:00Z');
    expect(a.intent).toBe('detail.duration');
    expect(a.lead).toMatch(/90 minutes/);
    expect(
      engine.answer('赤沢とラトニックの2月の会談は何分？', { now: '2026-03-10T12:00:00Z' }).lead,
    ).toMatch(/90分/);
  });

  it('a meeting with no recorded length: not stated, and never another meeting', () => {
    const a = ask('how long did takaichi and trump meet in march?');
    expect(a.intent).toBe('detail.duration.not-stated');
    expect(a.lead).not.toMatch(/90/);
  });

  it('"how long does Japan have" is a term, not the length of a meeting', () => {
    expect(ask('how long does japan have to fund a project?').intent).not.toMatch(/^detail\./);
  });
});

describe('ownership as a detail', () => {
  it('says who would own the reactors once reported, and "not stated" where no source says', () => {
    const engine = realEngine();
    const owned = engine.answer('who will own the westinghouse reactors?', { now: '2026-05-15' });
    expect(owned.intent).toBe('detail.ownership');
    expect(owned.lead).toMatch(/10 new large reactors/);
    const before = engine.answer('who will own the westinghouse reactors?', { now: '2025-11-10' });
    expect(before.intent).toBe('detail.ownership.not-stated');
    expect(engine.answer('who owns the texas port', { now: '2026-05-15' }).intent).toBe(
      'detail.ownership.not-stated',
    );
  });
});
