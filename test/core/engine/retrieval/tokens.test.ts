import { describe, expect, it } from 'vitest';
import { termGroups, tokenize } from '../../../../src/core/engine/retrieval/tokens.js';

describe('the retrieval tokenizer', () => {
  it('English: normalised, plurals and -ing/-ed folded, stop words and numbers dropped', () => {
    expect(tokenize("What's the interest rate on Japan's loans in 2026?")).toEqual([
      'interest',
      'rate',
      'japan',
      'loan',
    ]);
    expect(tokenize('budgeting for the signed projects')).toEqual(['budget', 'sign', 'project']);
    expect(tokenize('U.S. tariffs of 15%')).toEqual(['us', 'tariff']);
  });

  it('Japanese without a dictionary: kanji runs as pairs, katakana words whole, hiragana skipped', () => {
    expect(tokenize('データセンター向けの発電所')).toEqual(['データセンター', '向', '発電', '電所']);
    expect(tokenize('JBICの総裁は？')).toEqual(['jbic', '総裁']);
    // Lone kanji that only ask ("what", "No.") carry no topic.
    expect(tokenize('第1弾って何？')).toEqual(['弾']);
  });

  it('groups terms by the word they come from (a kanji run is one word)', () => {
    expect(termGroups('衆院選で自民党は何議席')).toEqual([
      ['衆院', '院選'],
      ['自民', '民党'],
      ['何議', '議席'],
    ]);
  });

  it('mixed text gives both languages; pasted blobs and empty text give nothing', () => {
    expect(tokenize('first trancheって何？')).toEqual(['first', 'tranche']);
    expect(tokenize('x'.repeat(2000))).toEqual([]);
    expect(tokenize('')).toEqual([]);
    expect(tokenize('？！…')).toEqual([]);
  });
});
