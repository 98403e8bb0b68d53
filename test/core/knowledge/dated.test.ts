import { describe, expect, it } from 'vitest';
import type { ObservationRecord } from '../../../src/core/factbase/schema-common.js';
import { resolve, vaguerSpan } from '../../../src/core/knowledge/dated.js';
import { backing, outletKey, provenanceText, SourceIndex } from '../../../src/core/knowledge/sources.js';

const cite = (source: string) => [{ source }];
const obs = <T>(
  value: T,
  reported: string,
  extra: Partial<ObservationRecord<T>> = {},
): ObservationRecord<T> => ({
  value,
  reported,
  cite: cite('s'),
  ...extra,
});

describe('a dated value as of a day', () => {
  const amount = [
    obs(40, '2026-02-10'),
    obs(33, '2026-02-17', { conflict: 'ohio' }),
    obs(33.3, '2026-02-18', { conflict: 'ohio' }),
  ];

  it('is unknown before its first report, and nothing reported later is visible', () => {
    expect(resolve(amount, '2026-02-09')).toBeUndefined();
    const r = resolve(amount, '2026-02-10');
    expect(r?.value).toBe(40);
    expect(r?.earlier).toEqual([]);
  });

  it('the latest report wins; earlier ones stay as history', () => {
    const r = resolve(amount, '2026-02-17');
    expect(r?.value).toBe(33);
    expect(r?.sides).toBeUndefined(); // the other side was not reported yet
    expect(r?.earlier.map((o) => o.value)).toEqual([40]);
  });

  it('the sides of one declared conflict are shown together', () => {
    const r = resolve(amount, '2026-12-06');
    expect(r?.conflict).toBe('ohio');
    expect(r?.sides?.map((o) => o.value)).toEqual([33, 33.3]);
    expect(r?.earlier.map((o) => o.value)).toEqual([40]);
  });

  it('a later, vaguer date does not replace an exact one it contains', () => {
    const day = { start: { precision: 'day' as const, date: '2026-03-19' } };
    const month = { start: { precision: 'month' as const, month: '2026-03' } };
    const april = { start: { precision: 'month' as const, month: '2026-04' } };
    const dates = [obs(day, '2026-02-06'), obs(month, '2026-02-11')];
    expect(resolve(dates, '2026-02-12', vaguerSpan)?.value).toEqual(day);
    expect(resolve([...dates, obs(april, '2026-02-20')], '2026-02-21', vaguerSpan)?.value).toEqual(april);
  });
});

describe('corroboration and provenance', () => {
  const index = new SourceIndex([
    {
      id: 'doc',
      title: 'Fact sheet',
      publisher: 'US Commerce Department',
      kind: 'government',
      authority: 'primary',
      published: { precision: 'day', date: '2026-02-17' },
      url: 'https://commerce.gov/x',
      lang: 'en',
    },
    {
      id: 'r1',
      title: 'a',
      publisher: 'Reuters',
      kind: 'wire',
      authority: 'established',
      published: { precision: 'day', date: '2026-02-17' },
      url: 'https://a.example/1',
      lang: 'en',
    },
    {
      id: 'r2',
      title: 'b',
      publisher: 'Japan Today',
      wire: 'reuters',
      kind: 'wire',
      authority: 'established',
      published: { precision: 'day', date: '2026-02-18' },
      url: 'https://b.example/2',
      lang: 'en',
    },
    {
      id: 'k',
      title: 'c',
      publisher: 'Kyodo',
      kind: 'wire',
      authority: 'established',
      published: { precision: 'day', date: '2026-02-18' },
      url: 'https://c.example/3',
      lang: 'en',
    },
    {
      id: 'low',
      title: 'd',
      publisher: 'Some Summary Site',
      kind: 'aggregator',
      authority: 'low',
      published: { precision: 'month', month: '2026-05' },
      url: 'https://d.example/4',
      lang: 'en',
    },
  ]);

  it('counts re-posts of one wire story once', () => {
    expect(outletKey(index.get('r2') as never)).toBe(outletKey(index.get('r1') as never));
    expect(backing(cite('r1').concat(cite('r2'), cite('k')), index).independent).toBe(2);
  });

  it('names the primary source, then who reported it', () => {
    const b = backing([...cite('doc'), ...cite('r1'), ...cite('r2'), ...cite('k')], index);
    expect(provenanceText(b, 'en')).toBe(
      'per US Commerce Department (February 17, 2026), reported by Reuters and Kyodo',
    );
    expect(provenanceText(b, 'ja')).toMatch(
      /^US Commerce Department（2026年2月17日）による。Reuters、Kyodoが報道$/,
    );
  });

  it('marks a single low-authority report, and a month source counts from the end of its month', () => {
    const b = backing(cite('low'), index);
    expect(b.lowOnly).toBe(true);
    expect(provenanceText(b, 'en')).toMatch(/a single low-authority report, not confirmed elsewhere$/);
    expect(index.day('low')).toBe('2026-05-31');
  });
});
