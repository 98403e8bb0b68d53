import { describe, expect, it } from 'vitest';
import { stateIn } from '../../../../src/core/engine/analysis/us-states.js';
import { countedProjects } from '../../../../src/core/engine/operators/counted-set.js';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-02-20') => engine.answer(q, { now });

describe('two records at once, named as people name them', () => {
  it('names a project with its state', () => {
    expect(stateIn('Southern Ohio, near Portsmouth', 'en')).toBe('Ohio');
    expect(stateIn('オハイオ州南部、ポーツマス近郊', 'ja')).toBe('オハイオ州');
    expect(stateIn('Off the coast', 'en')).toBeUndefined();
    expect(ask('ohio vs texas, which costs more').lead).toContain('Ohio');
    expect(ask('オハイオとジョージア、どっちが大きい？').lead).toContain('オハイオ州');
  });

  it('gives a ratio as the bigger over the smaller, whichever is named first', () => {
    const a = ask('how many times the diamond plant is the ohio plant');
    expect(a.intent).toBe('amounts.ratio');
    expect(a.lead).toMatch(/55\.5 times/);
    expect(a.lead).not.toMatch(/about 0 times/);
  });

  it('reads a set by its size: the three candidate projects before the first tranche', () => {
    expect(countedProjects('total of the three candidate projects', '')).toBe(3);
    expect(countedProjects('', '候補3件の合計は？')).toBe(3);
    expect(countedProjects('how much is the port', '')).toBeUndefined();
    expect(ask('total of the three candidate projects', '2026-02-12').lead).toContain('$42.5 billion');
    expect(ask('候補3件の合計は？', '2026-02-12').lead).toContain('425億ドル');
  });

  it('shows how a figure changed between reports, Yes/No first when asked', () => {
    const ohio = ask('how did the ohio figure change from the early reports');
    expect(ohio.intent).toBe('amounts.history');
    expect(ohio.lead).toMatch(/\$40 billion.*\$33 billion/);
    const port = ask('is the port more than first reported');
    expect(port.lead).toMatch(/^Yes\. /);
    expect(port.lead).toContain('$2 billion');
    // Before the selection only the first figure was known.
    expect(ask('how did the ohio figure change from the early reports', '2026-02-12').lead).not.toContain(
      '$33',
    );
  });

  it('reads 未割り当て as what is left of the pledge', () => {
    expect(ask('5500億ドルのうち、まだ割り当てられていないのは？').lead).toMatch(
      /5,14[0-9]億ドル|5143億ドル|5140億ドル/,
    );
  });

  it('takes a sum of tranches as a share of the pledge, and says when an amount is not recorded', () => {
    const both = ask('what share of the 550bn are the first and second tranche together', '2026-03-25');
    expect(both.intent).toBe('amounts.share');
    expect(both.lead).toContain('$98.9 billion');
    expect(both.lead).toContain('18%');
    expect(both.notes.join(' ')).toMatch(/Sources disagree on second tranche/);
    const early = ask('第1弾と第2弾の候補を合わせると5500億ドルの何割？', '2026-03-10');
    expect(early.notes.join(' ')).toContain('第2弾の案件の金額は記録されていない');
  });

  it('sums a tranche by sector, saying which figure a disputed part uses', () => {
    const a = ask('energy vs minerals in the first tranche: how much each');
    expect(a.intent).toBe('amounts.compare');
    expect(a.lead).toMatch(/^Energy, including pipelines, in the first tranche/);
    expect(a.lead).toContain('$600 million');
    expect(a.notes.join(' ')).toMatch(/Sources disagree on energy/);
  });
});
