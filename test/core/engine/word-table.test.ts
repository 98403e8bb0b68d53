import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/core/engine/text.js';
import { stemEnd, WordTable } from '../../../src/core/engine/word-table.js';

const word = fc.string({ unit: fc.constantFrom(...'aeiusyz'.split('')), minLength: 1, maxLength: 8 });

describe('WordTable', () => {
  it('gives each distinct word one id, whether read whole or as a span of a longer text', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 300 }), (words) => {
        const table = new WordTable();
        const ids = new Map<string, number>();
        for (const w of words) {
          const padded = `xx ${w} yy`;
          const id = table.intern(padded, 3, 3 + w.length, false);
          if (!ids.has(w)) ids.set(w, id);
          expect(id).toBe(ids.get(w));
          expect(table.words[id]).toBe(w);
        }
        expect(table.size).toBe(ids.size);
        for (const [w, id] of ids) expect(table.get(w)).toBe(id);
        expect(table.get('not-a-word')).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('grows past its first size and keeps every id', () => {
    const table = new WordTable();
    for (let i = 0; i < 50_000; i++) expect(table.intern(`w${i}`, 0, `w${i}`.length, false)).toBe(i);
    for (let i = 0; i < 50_000; i += 997) expect(table.get(`w${i}`)).toBe(i);
  });

  it('stemEnd with the "y" it adds is stem(), for every word', () => {
    fc.assert(
      fc.property(word, word, (before, w) => {
        const text = `${before} ${w}`;
        const from = before.length + 1;
        const end = stemEnd(text, from, text.length);
        const stemmed = text.slice(from, end) + (end === text.length - 3 ? 'y' : '');
        expect(stemmed).toBe(stem(w));
        const table = new WordTable();
        expect(table.words[table.intern(text, from, end, end === text.length - 3)]).toBe(stem(w));
      }),
      { numRuns: 2000 },
    );
  });
});
