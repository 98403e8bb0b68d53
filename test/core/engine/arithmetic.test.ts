import { describe, expect, it } from 'vitest';
import { realEngine } from './fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-02-20') => engine.answer(q, { now });

describe('two recorded amounts at once', () => {
  it('compares two projects and answers a yes/no comparison with yes or no first', () => {
    const bigger = ask('is the deepwater port larger than the synthetic diamond plant');
    expect(bigger.intent).toBe('amounts.compare');
    expect(bigger.lead).toMatch(/^Yes\. /);
    expect(bigger.lead).toContain('$2.1 billion');
    const smaller = ask('is the synthetic diamond plant larger than the deepwater port');
    expect(smaller.lead).toMatch(/^No\. /);
    expect(ask('is the deepwater port smaller than the synthetic diamond plant').lead).toMatch(/^No\. /);
  });

  it('adds, subtracts and divides recorded amounts', () => {
    const sum = ask('deepwater port and synthetic diamond plant together, how much');
    expect(sum.intent).toBe('amounts.sum');
    expect(sum.lead).toContain('$2.7 billion');
    const diff = ask('difference between the deepwater port and the synthetic diamond plant');
    expect(diff.lead).toContain('$1.5 billion');
    const ratio = ask('how many times bigger is the deepwater port than the synthetic diamond plant');
    expect(ratio.lead).toMatch(/3\.5 times/);
  });

  it('says which figure it uses where the sources disagree', () => {
    const a = ask('synthetic diamond plant vs the deepwater port: which is larger');
    expect(a.notes.join(' ')).toMatch(/Sources disagree on synthetic diamond plant: this uses/);
  });

  it('averages a tranche over its projects and tells what is left of the pledge, as of the clock', () => {
    expect(ask('average size of a first tranche project').lead).toContain('$12 billion');
    expect(ask('how much of the pledge remains').lead).toMatch(/^\$514 billion of \$550 billion/);
    // Before any tranche was recorded, there is nothing to subtract.
    expect(ask('how much of the pledge remains', '2025-09-10').intent).not.toBe('amounts.remainder');
  });

  it('answers in Japanese with Japanese words', () => {
    const a = ask('テキサスの港とダイヤモンド工場を合わせるといくら？');
    expect(a.intent).toBe('amounts.sum');
    expect(a.lead).toMatch(/^合計27億ドル/);
  });

  it('keeps a plain question about one project a question about that project', () => {
    expect(ask('how much is the synthetic diamond plant?').intent).not.toMatch(/^amounts\./);
  });

  it('reads "the first and second tranche" as two tranches, and finds the extremes of a tranche', () => {
    const both = ask('how much are the first and second tranche together', '2026-03-25');
    expect(both.intent).toBe('amounts.sum');
    // The two tranches summed (the disagreements on their sizes are cited after them).
    expect(both.facts?.slice(0, 2)).toEqual(['first-tranche', 'second-tranche']);
    const cheapest = ask('cheapest project of the first tranche');
    expect(cheapest.intent).toBe('amounts.smallest');
    expect(cheapest.lead).toMatch(/synthetic diamond plant/);
  });
});

describe('two records named the way people name them', () => {
  it('"tranche 1 and 2" are the first and second tranches', () => {
    const a = ask('whats the combined value of tranche 1 and 2', '2026-04-01');
    expect(a.intent).toBe('amounts.sum');
    expect(a.facts?.slice(0, 2)).toEqual(['first-tranche', 'second-tranche']);
  });

  it('"the texas port" is the port in Texas, not another Texas project', () => {
    const a = ask('which is bigger, the ohio plant or the texas port?', '2026-04-01');
    expect(a.intent).toBe('amounts.compare');
    expect(a.lead).toMatch(/deepwater port/);
    expect(a.lead).not.toMatch(/power plant in Texas/);
  });
});
