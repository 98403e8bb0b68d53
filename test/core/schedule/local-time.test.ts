import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  epochDay,
  localDay,
  offsetMs,
  weekday,
  zonedInstant,
} from '../../../src/core/schedule/local-time.js';

const ZONES = [
  'America/New_York',
  'Asia/Tokyo',
  'Europe/London',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kolkata',
  'UTC',
];

describe('fast local time (checked against Temporal)', () => {
  it('gives the same instant as Temporal for any wall time, DST gaps and overlaps included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: epochDay('2024-01-01'), max: epochDay('2030-12-31') }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (zone, day, minutes) => {
          const date = Temporal.PlainDate.from('1970-01-01').add({ days: day });
          const time = Temporal.PlainTime.from({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
          const expected = date.toZonedDateTime({ timeZone: zone, plainTime: time }).epochMilliseconds;
          expect(zonedInstant(day, minutes, zone)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agrees with Temporal on every minute of 2026 transition days', () => {
    const days: Array<[string, string]> = [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/London', '2026-03-29'],
      ['Europe/London', '2026-10-25'],
      ['America/Santiago', '2026-04-05'],
      ['America/Santiago', '2026-09-06'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['Australia/Lord_Howe', '2026-10-04'],
    ];
    for (const [zone, iso] of days) {
      const date = Temporal.PlainDate.from(iso);
      for (let m = 0; m < 24 * 60; m += 5) {
        const time = Temporal.PlainTime.from({ hour: Math.floor(m / 60), minute: m % 60 });
        const expected = date.toZonedDateTime({ timeZone: zone, plainTime: time }).epochMilliseconds;
        expect(zonedInstant(epochDay(iso), m, zone), `${zone} ${iso} ${time}`).toBe(expected);
      }
    }
  });

  it('hits the New York transitions exactly', () => {
    const day = epochDay('2026-03-08');
    expect(new Date(zonedInstant(day, 150, 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    const fallBack = epochDay('2026-11-01');
    expect(new Date(zonedInstant(fallBack, 90, 'America/New_York')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('gives the local date and weekday of an instant, and the offset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 1.7e12, max: 1.95e12 }), (zone, ms) => {
        const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        expect(localDay(ms, zone)).toBe(epochDay(z.toPlainDate().toString()));
        expect(weekday(localDay(ms, zone))).toBe(z.dayOfWeek);
        expect(offsetMs(zone, ms)).toBe(z.offsetNanoseconds / 1e6);
      }),
      { numRuns: 1000 },
    );
  });
});
