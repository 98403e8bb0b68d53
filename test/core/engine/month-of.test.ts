import { describe, expect, it } from 'vitest';
import { leanOf, monthOf } from '../../../src/core/engine/month-of.js';

describe('which year a month named without one means', () => {
  it('a question about the past: the latest such month not after today', () => {
    expect(monthOf({ month: 12 }, '2026-02-12', 'past', new Set([2025, 2026]))).toEqual({
      year: 2025,
      month: 12,
    });
    expect(monthOf({ month: 2 }, '2026-02-12', 'past', undefined)).toEqual({ year: 2026, month: 2 });
  });

  it('a question about the future: the next such month from today', () => {
    expect(monthOf({ month: 1 }, '2026-02-12', 'future', undefined)).toEqual({ year: 2027, month: 1 });
    expect(monthOf({ month: 3 }, '2026-02-12', 'future', new Set([2025]))).toEqual({ year: 2026, month: 3 });
  });

  it('otherwise the nearest year with events that month, else the nearest year', () => {
    expect(monthOf({ month: 12 }, '2026-02-12', 'either', new Set([2025, 2028]))).toEqual({
      year: 2025,
      month: 12,
    });
    expect(monthOf({ month: 11 }, '2026-02-12', 'either', undefined)).toEqual({ year: 2025, month: 11 });
    expect(monthOf({ month: 4 }, '2026-02-12', 'either', new Set())).toEqual({ year: 2026, month: 4 });
  });

  it('a year or a relative month is taken as said', () => {
    expect(monthOf({ month: 12, year: 2026 }, '2026-02-12', 'past', undefined)).toEqual({
      year: 2026,
      month: 12,
    });
    expect(monthOf({ relative: -1 }, '2026-01-05', 'either', undefined)).toEqual({ year: 2025, month: 12 });
  });

  it('reads the lean from the words, in English and Japanese', () => {
    expect(leanOf('what happened in december', '')).toBe('past');
    expect(leanOf('what is planned for march', '')).toBe('future');
    expect(leanOf('events in march', '')).toBe('either');
    expect(leanOf('', '12月に何があった？')).toBe('past');
    expect(leanOf('', '3月の予定は？')).toBe('future');
  });
});
