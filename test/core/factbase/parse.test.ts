import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { factBaseJsonSchema } from '../../../src/core/factbase/json-schema.js';
import { parseFactBase, parseFactBaseText, RECORD_SCHEMAS } from '../../../src/core/factbase/parse.js';
import type { FactBaseInput } from '../../../src/core/factbase/schema.js';
import { generateFacts } from '../../bench/generate-facts.js';

const text = readFileSync('data/factbase.json', 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: the tests break raw JSON in arbitrary ways
const fresh = () => JSON.parse(text) as Record<string, any>;

describe('the fact base', () => {
  it('the bundled data/factbase.json is valid', () => {
    const r = parseFactBaseText(text);
    expect(r.ok).toBe(true);
  });

  it('every record cites a source, with the quote it rests on where one exists', () => {
    const r = parseFactBaseText(text);
    if (!r.ok) throw new Error('invalid');
    const fb = r.value;
    const all = [
      ...fb.people,
      ...fb.organisations,
      ...fb.sectors,
      ...fb.projects,
      ...fb.events,
      ...fb.goals,
      ...fb.opinions,
      ...fb.gaps,
    ];
    for (const rec of all) expect(rec.cite.length).toBeGreaterThan(0);
    const article = readFileSync('data/sources/akazawa-washington-visit-2026-02.txt', 'utf8').replace(
      /\s+/g,
      ' ',
    );
    const quotes = JSON.stringify(fb).match(/"quote":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(quotes.length).toBeGreaterThan(30);
    for (const q of quotes) expect(article).toContain(JSON.parse(q.slice(8)).replace(/\s+/g, ' '));
  });

  it("records the weekday discrepancy, and dates Akazawa's arrival February 11 as Kyodo and Jiji do", () => {
    const r = parseFactBaseText(text);
    if (!r.ok) throw new Error('invalid');
    const gap = r.value.gaps.find((g) => g.id === 'visit-start-weekday');
    expect(gap?.kind).toBe('discrepancy');
    expect(gap?.known.en).toMatch(/February 10, 2026 was a Tuesday.*February 11/);
    const visit = r.value.events.find((e) => e.id === 'akazawa-washington-visit');
    expect(visit?.date.map((o) => o.value.start)).toEqual([{ precision: 'day', date: '2026-02-11' }]);
    expect(new Date('2026-02-10T12:00:00Z').getUTCDay()).toBe(2); // a Tuesday, as the gap says
    const pm = r.value.events.find((e) => e.id === 'pm-white-house-visit');
    // How the PM's visit became known: spring (January 3), March 19 (February 6), held (March 19).
    expect(pm?.date.map((o) => o.reported)).toEqual(['2026-01-03', '2026-02-06', '2026-02-11']);
    expect(pm?.status?.map((o) => [o.value, o.reported])).toEqual([['held', '2026-03-19']]);
  });

  it('a syntax error is a problem with its position, not an exception', () => {
    const r = parseFactBaseText('{"meta": ');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.message).toMatch(/not valid JSON/);
    expect(r.problems[0]?.fix).toMatch(/JSON syntax/);
  });

  it('a missing citation names the path and the fix', () => {
    const raw = fresh();
    raw.projects[1].cite = [];
    const r = parseFactBase(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual(
      expect.objectContaining({ path: '$.projects[1].cite', fix: 'add at least 1 item(s)' }),
    );
  });

  it('an unknown source, partner or participant is named with the ids to use', () => {
    const raw = fresh();
    raw.projects[0].cite[0].source = 'nikkei-2026';
    raw.projects[0].interested[0].value.push('toyota-motors');
    raw.events[4].participants.push('nobody');
    const r = parseFactBase(raw);
    if (r.ok) throw new Error('expected problems');
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.projects[0].cite[0].source',
        `$.projects[0].interested[0].value[${raw.projects[0].interested[0].value.length - 1}]`,
        `$.events[4].participants[${raw.events[4].participants.length - 1}]`,
      ]),
    );
    expect(r.problems.find((p) => p.path === '$.projects[0].cite[0].source')?.fix).toContain(
      'akazawa-washington-2026-02',
    );
  });

  it('a bad date, time zone, status or duplicate id is rejected with the allowed forms', () => {
    const raw = fresh();
    raw.events[0].date[0].value.start = { precision: 'day', date: '22 July 2025' };
    raw.events[1].timeZone = 'Washington';
    raw.projects[2].status[0].value = 'maybe';
    raw.sectors[1].id = raw.sectors[0].id;
    const r = parseFactBase(raw);
    if (r.ok) throw new Error('expected problems');
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p]));
    expect(byPath['$.events[0].date[0].value.start.date']).toBeDefined();
    expect(byPath['$.events[1].timeZone']?.message).toMatch(/IANA/);
    expect(byPath['$.projects[2].status[0].value']?.fix).toMatch(/candidate/);
    const dup = parseFactBase({ ...fresh(), sectors: raw.sectors });
    if (dup.ok) throw new Error('expected a duplicate');
    expect(dup.problems[0]?.message).toMatch(/duplicate id "semiconductors"/);
  });

  it('a claim reported before its source was published is rejected, with the day to use', () => {
    const raw = fresh();
    const visit = raw.events.find((e: { id: string }) => e.id === 'akazawa-washington-visit');
    visit.date[0].reported = '2026-02-01';
    const r = parseFactBase(raw);
    if (r.ok) throw new Error('expected problems');
    const p = r.problems.find((x) => x.path.endsWith('.date[0].reported'));
    expect(p?.message).toMatch(/before its source was published \(2026-02-11/);
    expect(p?.fix).toMatch(/2026-02-11 or later/);
  });

  it('a conflict is declared, never accidental: two values one day need one declared conflict id', () => {
    const raw = fresh();
    const pm = raw.events.find((e: { id: string }) => e.id === 'pm-white-house-visit');
    const other = structuredClone(pm.date[1]);
    other.value = { start: { precision: 'day', date: '2026-03-20' } };
    pm.date.push(other);
    const r = parseFactBase(raw);
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/different value .* no conflict declared/);
    // Declared on both sides, with a conflict record: accepted, and shown side by side.
    pm.date[1].conflict = 'pm-visit-day';
    other.conflict = 'pm-visit-day';
    raw.conflicts.push({
      id: 'pm-visit-day',
      topic: { en: 'The day of the PM visit', ja: '首相訪米の日' },
      positions: [
        { summary: { en: 'March 19', ja: '3月19日' }, reported: pm.date[1].reported, cite: pm.date[1].cite },
        { summary: { en: 'March 20', ja: '3月20日' }, reported: other.reported, cite: other.cite },
      ],
    });
    expect(parseFactBase(raw).ok).toBe(true);
    other.conflict = 'no-such-conflict';
    const unknown = parseFactBase(raw);
    if (unknown.ok) throw new Error('expected problems');
    expect(unknown.problems.map((p) => p.message)).toContain('unknown conflict "no-such-conflict"');
  });

  it('a web source needs a publisher; a quote only comes from a file the repo ships', () => {
    const raw = fresh();
    const web = raw.sources.find((s: { url?: string }) => s.url);
    delete web.publisher;
    raw.projects[0].cite = [{ source: web.id, quote: 'copied words' }];
    const r = parseFactBase(raw);
    if (r.ok) throw new Error('expected problems');
    const messages = r.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(new RegExp(`web source "${web.id}" has no publisher`));
    expect(messages).toMatch(/verbatim quote .* a source the repo does not ship/);
  });

  it('both languages are required', () => {
    const raw = fresh();
    raw.events[0].name.ja = '';
    const r = parseFactBase(raw);
    if (r.ok) throw new Error('expected problems');
    expect(r.problems[0]).toMatchObject({ path: '$.events[0].name.ja', message: 'write the Japanese text' });
  });

  it('an unknown field is rejected (a typo does not silently vanish)', () => {
    const raw = fresh();
    raw.projects[0].ammount = 1;
    const r = parseFactBase(raw);
    if (r.ok) throw new Error('expected problems');
    expect(r.problems[0]).toMatchObject({ path: '$.projects[0]' });
    expect(r.problems[0]?.fix).toMatch(/"ammount"/);
  });

  it('data/factbase.schema.json is current (run npm run facts:schema after editing the schema)', () => {
    expect(readFileSync('data/factbase.schema.json', 'utf8')).toBe(factBaseJsonSchema());
  });
});

/** Every place in a schema where zod would return something other than its input, by path. */
function reshaping(schema: z.ZodType, path: string, top: boolean): string[] {
  const def = schema._zod.def as { type: string } & Record<string, unknown>;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, s]) =>
        s._zod.def.type === 'default' && top
          ? reshaping((s._zod.def as unknown as { innerType: z.ZodType }).innerType, `${path}.${k}`, false)
          : reshaping(s, `${path}.${k}`, false),
      );
    case 'array':
      return reshaping(def.element as z.ZodType, `${path}[]`, false);
    case 'optional':
    case 'nullable':
      return reshaping(def.innerType as z.ZodType, path, false);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => reshaping(o, path, false));
    case 'default':
    case 'prefault':
    case 'pipe':
    case 'transform':
    case 'catch':
      return [`${path} (${def.type})`];
    default:
      return [];
  }
}

describe('records kept as JSON.parse made them', () => {
  it('the record schemas have defaults only at their top level and transform nothing', () => {
    const found = Object.entries(RECORD_SCHEMAS).flatMap(([name, s]) => reshaping(s, name, true));
    expect(found, 'keeping JSON.parse records needs zod to return its input: see parse.ts').toEqual([]);
  });

  it('give the same fact base as zod copies, for the bundled file and a generated one', () => {
    for (const json of [text, JSON.stringify(generateFacts(fresh() as FactBaseInput, 2_000))]) {
      const kept = parseFactBaseText(json);
      const copied = parseFactBase(JSON.parse(json));
      if (!kept.ok || !copied.ok) throw new Error('expected a valid fact base');
      expect(kept.value).toEqual(copied.value);
    }
  });
});
