import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeFully } from '../../../src/core/engine/text.js';

/** Characters at and around the edges of normalize's fast paths. */
const edgy = fc.constantFrom(
  ..."aZz09 \t\u3000.,'’-_$%@#ー・゠ゝゞ々〆あァガヷヶヿ㐀䶿一鿿豈가ＡＢ１ｶﾞé\u0301\u3099\u309a\u200b\u00a0!?İẞ".split(
    '',
  ),
);

describe('normalize', () => {
  it('its fast paths give what the full rewrite gives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: edgy, maxLength: 24 }), fc.string({ maxLength: 24 })), (s) => {
        expect(normalize(s)).toBe(normalizeFully(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds case, width, abbreviations and punctuation', () => {
    expect(normalize('  U.S.  Commerce ')).toBe('us commerce');
    expect(normalize("PM's visit")).toBe('pms visit');
    expect(normalize('ＳｏｆｔＢａｎｋ　グループ')).toBe('softbank グループ');
    expect(normalize('赤沢 亮正')).toBe('赤沢 亮正');
    expect(normalize('$5,500億ドル')).toBe('$5500億ドル');
  });

  it('reads a question word\'s "\'s" as "is", so "who\'s" and "what\'s" keep their cue; a name\'s "\'s" folds', () => {
    expect(normalize("who's the PM?")).toBe('who is the pm');
    expect(normalize('What’s the status')).toBe('what is the status');
    expect(normalize("when's the summit")).toBe('when is the summit');
    expect(normalize("Japan's pledge")).toBe('japans pledge');
    expect(normalize("Lutnick's role")).toBe('lutnicks role');
  });
});
