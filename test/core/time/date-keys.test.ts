import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, weekdayIndex } from '../../../src/core/time/date-keys.js';

const byDateParse = (key: string) => Math.floor(Date.parse(`${key}T00:00:00Z`) / 86_400_000);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('dayNumber', () => {
  it('counts days since 1970-01-01 as Date.parse does, for real dates of any year', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const key = date.toISOString().slice(0, 10);
          expect(dayNumber(key)).toBe(byDateParse(key));
        },
      ),
      { numRuns: 3000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-02-10')).toBe(20_494);
    expect(dayNumber('2000-02-29')).toBe(byDateParse('2000-02-29'));
  });

  it('reads anything else as Date.parse does (NaN or its rollover), never differently', () => {
    const part = (max: number, width: number) => fc.integer({ min: 0, max }).map((n) => pad(n, width));
    const odd = fc.oneof(
      fc.tuple(part(9999, 4), part(99, 2), part(99, 2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(odd, (key) => {
        expect(Object.is(dayNumber(key), byDateParse(key))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('weekdayIndex', () => {
  it('agrees with Date on every day from 1900 to 2200 (Monday = 0)', () => {
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2200, 0, 1); t += 86_400_000) {
      const key = new Date(t).toISOString().slice(0, 10);
      if (weekdayIndex(key) !== (new Date(t).getUTCDay() + 6) % 7)
        throw new Error(`wrong weekday for ${key}`);
    }
    expect(weekdayIndex('2026-02-10')).toBe(1);
  });
});
