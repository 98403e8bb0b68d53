import { describe, expect, it } from 'vitest';
import { HOLDS, holdsOfText } from '../../../../src/core/engine/retrieval/holds.js';
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

describe('what a claim holds, from its words', () => {
  it('dates, amounts and reasons; "may" the verb is no month, a date is no amount', () => {
    const holds = (en: string) => holdsOfText({ en, ja: '' });
    expect(holds('the LDP won 315 of 465 seats') & HOLDS.amount).toBeTruthy();
    expect(holds('signed on May 1, 2026') & HOLDS.date).toBeTruthy();
    expect(holds('signed on May 1, 2026') & HOLDS.amount).toBe(0);
    expect(holds('the US may raise tariffs') & HOLDS.date).toBe(0);
    expect(holds('to avoid export curbs') & HOLDS.reason).toBeTruthy();
    expect(holdsOfText({ en: '', ja: '2026年3月19日に会談' }) & HOLDS.date).toBeTruthy();
  });
});
