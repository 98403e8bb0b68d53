import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RECORD_SCHEMAS } from '../../../src/core/factbase/parse.js';
import { compileRecordCheck } from '../../../src/core/factbase/quick-check.js';

const raw = JSON.parse(readFileSync('data/factbase.json', 'utf8')) as Record<string, unknown[]>;
const NAMES = Object.keys(RECORD_SCHEMAS) as (keyof typeof RECORD_SCHEMAS)[];
const records = NAMES.flatMap((name) => (raw[name] ?? []).map((record) => ({ name, record })));

/** Every place in a value that can be changed: [container, key] pairs. */
function places(value: unknown, out: [Record<string | number, unknown>, string | number][] = []) {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push([value as unknown as Record<number, unknown>, i]);
      places(v, out);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      places(v, out);
    }
  return out;
}

/** Values near the schema's edges: short and surrogate strings, dates, numbers, wrong types. */
const edgy = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    '林',
    '\ud83c',
    '\ud83c\uddef',
    '2026-02-30',
    '2024-02-29',
    '2026-13-01',
    'Asia/Tokyo',
    'Mars/Olympus',
    'day',
    'month',
    'held',
    'USD',
    'pm-white-house-visit',
    'Bad_Id',
    0,
    -1,
    1.5,
    2 ** 60,
    true,
    null,
    [],
    {},
    { en: 'a', ja: 'b' },
    { en: 'ab', ja: 'bc' },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A copy of the record with one to three random changes: a value replaced, a key deleted or added. */
const mutated = fc
  .tuple(
    fc.nat({ max: records.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), edgy), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([at, changes]) => {
    const { name, record } = records[at] as (typeof records)[number];
    const copy = structuredClone(record) as Record<string, unknown>;
    for (const [pick, kind, shared] of changes) {
      // A copy: fast-check hands out one instance of a constant ({}), and putting it in two places
      // (then a key on it pointing at itself) made a cycle that overflowed `places` now and then.
      const value = structuredClone(shared);
      const all = places(copy);
      const [box, key] = all[pick % all.length] ?? [copy, 'id'];
      if (kind === 'replace') box[key] = value;
      else if (kind === 'delete' && !Array.isArray(box)) delete box[key];
      else if (kind === 'delete') (box as unknown as unknown[]).splice(key as number, 1);
      // (an object, as JSON has them: a key on an array is not JSON)
      else if (!Array.isArray(box) && box[key] && typeof box[key] === 'object' && !Array.isArray(box[key]))
        (box[key] as Record<string, unknown>).extra = value;
    }
    return { name, record: copy };
  });

describe('the quick record check (the load path that does not copy)', () => {
  it('passes every record of the bundled fact base, so the load takes the fast path', () => {
    for (const { name, record } of records)
      expect(
        compileRecordCheck(RECORD_SCHEMAS[name])(record),
        `${name} ${String((record as { id: string }).id)}`,
      ).toBe(true);
  });

  it('never passes what zod rejects or would change: on a pass, zod returns the record as it is', () => {
    const quick = Object.fromEntries(NAMES.map((n) => [n, compileRecordCheck(RECORD_SCHEMAS[n])]));
    const verdicts = new Set<boolean>();
    fc.assert(
      fc.property(mutated, ({ name, record }) => {
        const pass = (quick[name] as (v: unknown) => boolean)(record);
        verdicts.add(pass);
        if (!pass) return;
        const r = RECORD_SCHEMAS[name].safeParse(record);
        expect(r.success).toBe(true);
        // What zod returns is the record with its missing top-level defaults filled in.
        const filled = { ...record };
        for (const [k, s] of Object.entries(RECORD_SCHEMAS[name].shape as Record<string, z.ZodType>))
          if (filled[k] === undefined && s._zod.def.type === 'default') filled[k] = s.parse(undefined);
        expect(r.data).toEqual(filled);
      }),
      { numRuns: 3000 },
    );
    // The mutations reach both verdicts: the property is not vacuous.
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  it('leaves to zod what it does not know, and counts string lengths in code points as zod does', () => {
    const lax = compileRecordCheck(z.object({ id: z.string() })); // not strict: zod would drop keys
    expect(lax({ id: 'a' })).toBe(false);
    const url = compileRecordCheck(z.strictObject({ u: z.url() }));
    expect(url({ u: 'https://example.com' })).toBe(false);
    const nested = compileRecordCheck(
      z.strictObject({ o: z.strictObject({ a: z.array(z.string()).default([]) }) }),
    );
    expect(nested({ o: {} })).toBe(false);
    expect(nested({ o: { a: [] } })).toBe(true);
    const unit = z.strictObject({ n: z.number().min(0).max(1), m: z.number().lt(1) });
    const bounded = compileRecordCheck(unit);
    for (const [n, m] of [
      [0, 0.5],
      [1, 0.99],
      [1.01, 0],
      [-0.1, 0],
      [0.5, 1],
      [0.5, 2],
    ] as const)
      expect(bounded({ n, m }), `${n}, ${m}`).toBe(unit.safeParse({ n, m }).success);
    const two = compileRecordCheck(z.strictObject({ s: z.string().min(2) }));
    for (const s of ['ab', '🇯', '\ud83c\uddef', 'a\ud83c', '\udd1e\ud83c', '🇯🇵', '日本'])
      expect(two({ s }), JSON.stringify(s)).toBe(
        z.strictObject({ s: z.string().min(2) }).safeParse({ s }).success,
      );
  });
});
