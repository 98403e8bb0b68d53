import { describe, expect, it } from 'vitest';
import {
  asksPaid,
  countsIn,
  officeOnly,
  ordinalsIn,
} from '../../../../src/core/engine/analysis/premise-parts.js';
import { statesIn } from '../../../../src/core/engine/analysis/us-states.js';
import { normalize } from '../../../../src/core/engine/text.js';

const ordinals = (q: string) => ordinalsIn(normalize(q), q.normalize('NFKC'));

describe('premise parts: what a question takes for granted', () => {
  it('ordinals with what they count, in words and digits', () => {
    expect(ordinals('when was the third tranche announced?')).toEqual([{ n: 3, noun: 'tranche' }]);
    expect(ordinals("what's the 4th project in the first tranche")).toEqual([
      { n: 4, noun: 'project' },
      { n: 1, noun: 'tranche' },
    ]);
    expect(ordinals("how did takaichi's second white house visit go")).toEqual([{ n: 2, noun: 'visit' }]);
    expect(ordinals('what came out of the committee second meeting')).toEqual([{ n: 2, noun: 'meeting' }]);
  });

  it('Japanese ordinals: 第N弾, N回目の…訪問, N つ目の案件', () => {
    expect(ordinals('第3弾はいつ発表された？')).toEqual([{ n: 3, noun: 'tranche' }]);
    expect(ordinals('第三弾の案件は？')).toEqual([{ n: 3, noun: 'tranche' }]);
    expect(ordinals('高市首相の2回目のホワイトハウス訪問はどうだった？')).toEqual([{ n: 2, noun: 'visit' }]);
    expect(ordinals('第1弾の4つ目の案件は何？')).toEqual([
      { n: 1, noun: 'tranche' },
      { n: 4, noun: 'project' },
    ]);
  });

  it('no ordinal premise in a question about the future, or an ordinal that counts nothing known', () => {
    expect(ordinals('when will the third tranche be announced?')).toEqual([]);
    expect(ordinals('第3弾の発表予定は？')).toEqual([]);
    expect(ordinals('what was the second reason given?')).toEqual([]);
  });

  it('counts: "the three tranches", "all four projects", "both visits", "4つの案件"', () => {
    const counts = (q: string) => countsIn(normalize(q), q.normalize('NFKC'));
    expect(counts('what were the three tranches')).toEqual([{ n: 3, noun: 'tranche', count: true }]);
    expect(counts('list all 4 projects in the first tranche')).toEqual([
      { n: 4, noun: 'project', count: true },
    ]);
    expect(counts('how did both visits go')).toEqual([{ n: 2, noun: 'visit', count: true }]);
    expect(counts('第1弾の4つの案件は？')).toEqual([{ n: 4, noun: 'project', count: true }]);
    expect(counts('what will the three tranches be')).toEqual([]);
    expect(counts('three projects were announced')).toEqual([]);
  });

  it('money said to have moved already', () => {
    for (const q of [
      'how much has japan already paid for the ohio plant',
      'how much has been disbursed for the texas port so far',
      'how much money has japan actually sent to the us so far',
    ])
      expect(asksPaid(normalize(q), q), q).toBe(true);
    expect(asksPaid('', '日本はもう第1弾にいくら払ったの？')).toBe(true);
    for (const q of ['how much will japan pay for the ohio plant', 'how much is the ohio plant'])
      expect(asksPaid(normalize(q), q), q).toBe(false);
  });

  it('US states, without Virginia inside West Virginia', () => {
    expect(statesIn('why was the port moved to alabama', '').map((s) => s[0])).toEqual(['Alabama']);
    expect(statesIn('a plant in west virginia', '').map((s) => s[0])).toEqual(['West Virginia']);
    expect(statesIn('', 'テキサスの港湾がフロリダに移転').map((s) => s[0])).toEqual(['Florida', 'Texas']);
    expect(statesIn('in washington dc', '')).toEqual([]);
  });

  it('an office alone names no one in particular; a name with an office does', () => {
    expect(officeOnly('prime minister')).toBe(true);
    expect(officeOnly('首相')).toBe(true);
    expect(officeOnly('赤沢大臣')).toBe(false);
    expect(officeOnly('ishiba')).toBe(false);
  });
});
