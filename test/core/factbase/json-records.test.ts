import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonRecordReader } from '../../../src/core/factbase/json-records.js';

const STREAMED = new Set(['people', 'events']);

/** Reads `text` fed in chunks of the given sizes (cycled), as the file loader feeds it. */
function read(text: string, sizes: readonly number[] = [1 << 20]) {
  const bytes = new TextEncoder().encode(text);
  const elements: [string, number, unknown][] = [];
  const reader = new JsonRecordReader(STREAMED, (key, index, value) => elements.push([key, index, value]));
  let pending = new Uint8Array(0);
  let at = 0;
  for (let k = 0; ; k++) {
    const size = sizes[k % sizes.length] ?? 1;
    const chunk = bytes.subarray(at, at + size);
    at += chunk.length;
    const joined = new Uint8Array(pending.length + chunk.length);
    joined.set(pending);
    joined.set(chunk, pending.length);
    const final = at >= bytes.length;
    const used = reader.feed(joined, final);
    pending = joined.slice(used);
    if (final) break;
  }
  return { rest: reader.result(), elements, failed: reader.failed };
}

/** What JSON.parse makes of the text, in the reader's terms: streamed arrays handed out one by one. */
function expected(text: string) {
  const whole = JSON.parse(text) as Record<string, unknown>;
  const elements: [string, number, unknown][] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(whole)) {
    if (STREAMED.has(key) && Array.isArray(value)) {
      value.forEach((v, i) => {
        elements.push([key, i, v]);
      });
      rest[key] = [];
    } else rest[key] = value;
  }
  return { rest, elements };
}

const sample = JSON.stringify(
  {
    meta: { asOf: '2026-02', note: 'brackets in strings: {[",\\"]} and 日本語 and emoji 🇯🇵' },
    people: [
      { id: 'a', name: { en: 'A "quoted" }', ja: '赤沢亮正' } },
      { id: 'b', n: [1, 2, { x: null }] },
    ],
    events: [],
    count: -1.5e3,
    flag: true,
    nothing: null,
  },
  null,
  2,
);

describe('JsonRecordReader', () => {
  it('hands out each element of a streamed array and keeps the rest, as JSON.parse reads them', () => {
    const r = read(sample);
    expect(r.failed).toBe(false);
    expect({ rest: r.rest, elements: r.elements }).toEqual(expected(sample));
  });

  it('gives the same result whatever the chunk sizes (records and UTF-8 characters split anywhere)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const r = read(sample, sizes);
        expect(r.failed).toBe(false);
        expect({ rest: r.rest, elements: r.elements }).toEqual(expected(sample));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on random JSON objects', () => {
    const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    const doc = fc.record({
      people: fc.array(record, { maxLength: 5 }),
      events: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
      other: fc.jsonValue({ maxDepth: 3 }),
    });
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 64 }), fc.boolean(), (value, size, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 1 : undefined);
        const r = read(text, [size]);
        expect(r.failed).toBe(false);
        expect({ rest: r.rest, elements: r.elements }).toEqual(expected(text));
      }),
      { numRuns: 500 },
    );
  });

  it('fails (for the caller to name the error from the whole text) on anything that is not one JSON object', () => {
    for (const bad of [
      '',
      '[]',
      '"text"',
      '{"people": [1, 2,]}',
      '{"people": [1 2]}',
      '{"a": 1,}',
      '{"a" 1}',
      '{"a": 1} {"b": 2}',
      '{"people": [{"id": "x"}',
      '{"a": "unterminated}',
      '{"a": "line\nbreak"}',
      '\ufeff{"a": 1}',
      '{"a": tru}',
    ])
      expect(read(bad).failed, bad).toBe(true);
  });

  it('leaves a repeated key to JSON.parse, which keeps the last', () => {
    expect(read('{"people": [1], "people": [2]}').failed).toBe(true);
    expect(read('{"a": 1, "a": 2}').failed).toBe(true);
  });

  it('keeps a "__proto__" key as a key, as JSON.parse does', () => {
    const r = read('{"__proto__": {"polluted": true}, "a": 1}');
    expect(r.failed).toBe(false);
    expect(Object.keys(r.rest ?? {})).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.rest)).toBe(Object.prototype);
  });
});
