import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimWords } from '../../../../src/core/engine/analysis/claim-words.js';

/** The exact search it replaces: the phrase as whole words in the lower-cased text. */
function exact(text: string, phrase: string): boolean {
  const hay = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return hay.includes(` ${phrase.toLowerCase()} `);
}

describe('ClaimWords: the names a fact base’s claims use', () => {
  it('knows a phrase, not its words scattered', () => {
    const vocabulary = new Set(['bank', 'of', 'japan', 'south', 'korea']);
    const words = new ClaimWords(vocabulary);
    words.add('The Japan Bank for International Cooperation lends; a bank of Ohio; South Korea');
    expect(words.has('South Korea')).toBe(true);
    expect(words.has('Bank of Japan')).toBe(false);
    expect(words.has('Ohio')).toBe(true);
    expect(words.has('Brazil')).toBe(false);
  });

  it('knows Japanese spellings by their character pairs', () => {
    const words = new ClaimWords();
    words.add('中国の輸出規制、ブラジル');
    expect(words.has('中国')).toBe(true);
    expect(words.has('ブラジル')).toBe(true);
    expect(words.has('韓国')).toBe(false);
  });

  it('agrees with the exact search for names of one and two words', () => {
    const word = fc.constantFrom('bank', 'of', 'japan', 'korea', 'south', 'ohio', 'steel');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '. ', '-')), { maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        (parts, phraseWords) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          const words = new ClaimWords(new Set(['bank', 'of', 'japan', 'korea', 'south', 'ohio', 'steel']));
          words.add(text);
          const phrase = phraseWords.join(' ');
          // Pairs ignore punctuation between words, as the exact search does after folding it to spaces.
          expect(words.has(phrase)).toBe(exact(text, phrase));
        },
      ),
      { numRuns: 300 },
    );
  });
});
