import { z } from 'zod';
import { JsonRecordReader } from './json-records.js';
import { type FactBaseProblem, problemsFromIssues } from './problems.js';
import { compileRecordCheck, type QuickCheck } from './quick-check.js';
import { crossReferenceProblems } from './references.js';
import {
  Conflict,
  Event,
  FactBase,
  type FactBaseData,
  Gap,
  Goal,
  Opinion,
  Organisation,
  Person,
  Project,
  Sector,
  Tariff,
  Term,
  Tranche,
} from './schema.js';
import { SharedCitations } from './shared-citations.js';

export type ParseResult = { ok: true; value: FactBaseData } | { ok: false; problems: FactBaseProblem[] };

/** The record collections, validated one record at a time with the same schemas FactBase uses. */
export const RECORD_SCHEMAS = {
  people: Person,
  organisations: Organisation,
  sectors: Sector,
  projects: Project,
  events: Event,
  terms: Term,
  tranches: Tranche,
  tariffs: Tariff,
  conflicts: Conflict,
  goals: Goal,
  opinions: Opinion,
  gaps: Gap,
} as const;
const COLLECTIONS = RECORD_SCHEMAS;
type CollectionName = keyof typeof COLLECTIONS;
const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * The keys of each record schema that have a default. Defaults sit only at the top level of a
 * record and nothing transforms a value (a test holds the schema to both), so a record as
 * JSON.parse made it, with these keys filled in, is exactly what zod returns.
 */
const DEFAULTED = Object.fromEntries(
  NAMES.map((n) => [
    n,
    Object.entries(COLLECTIONS[n].shape)
      .filter(([, s]) => s._zod.def.type === 'default')
      .map(([k]) => k),
  ]),
) as Record<CollectionName, string[]>;

/** Each record schema as a check that only reads (the fast path of a load: see quick-check.ts). */
const QUICK = Object.fromEntries(NAMES.map((n) => [n, compileRecordCheck(COLLECTIONS[n])])) as Record<
  CollectionName,
  QuickCheck
>;

/** Collections a fact base may leave out (an empty list). */
const OPTIONAL = new Set(NAMES.filter((n) => (FactBase.shape[n] as z.ZodType)._zod.def.type === 'default'));

/** FactBase with the collections only checked to be arrays: their records are checked one by one. */
const Shell = FactBase.extend(
  Object.fromEntries(
    NAMES.map((n) => [n, OPTIONAL.has(n) ? z.array(z.unknown()).default([]) : z.array(z.unknown())]),
  ) as {
    [K in CollectionName]: z.ZodArray<z.ZodUnknown>;
  },
);

/**
 * Validates raw JSON against the schema, then checks that every id it refers to exists. Pure.
 * With `inPlace` (only for raw objects the caller owns, as JSON.parse made them), each valid record
 * is kept as it is, its defaults filled in, instead of being copied: a large fact base is never
 * held twice in memory.
 */
export function parseFactBase(raw: unknown, options: { inPlace?: boolean } = {}): ParseResult {
  const checker = new RecordChecker();
  const source = raw as Record<CollectionName, unknown>;
  for (const name of NAMES) {
    const list = source && typeof source === 'object' ? source[name] : undefined;
    if (!Array.isArray(list)) continue;
    const out = options.inPlace ? list : new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = checker.check(name, i, list[i], options.inPlace === true);
    checker.collections[name] = out;
  }
  return checker.finish(raw);
}

/**
 * Validates a fact base fed as UTF-8 bytes in chunks of any size (a file as it is read), each
 * record as soon as it is parsed: the fastest and smallest way to load a large fact base.
 */
export class FactBaseReader {
  private readonly checker = new RecordChecker();
  private readonly json = new JsonRecordReader(STREAMED, (name, i, value) =>
    this.checker.add(name as CollectionName, i, value),
  );

  /** Reads what it can and returns how many bytes it consumed (see JsonRecordReader.feed). */
  feed(bytes: Uint8Array, final: boolean): number {
    return this.json.feed(bytes, final);
  }

  /**
   * The outcome once the last chunk was fed; undefined when the input is not a JSON object this
   * reader can stream (a syntax error, a repeated key): parse the whole text with
   * parseFactBaseText, which names the error and its position.
   */
  result(): ParseResult | undefined {
    const rest = this.json.result();
    return rest && this.checker.finish(rest);
  }
}

const STREAMED: ReadonlySet<string> = new Set(NAMES);

/** Checks records one at a time, collecting their issues; then the whole fact base around them. */
class RecordChecker {
  readonly issues: z.core.$ZodIssue[] = [];
  readonly collections: Partial<Record<CollectionName, unknown[]>> = {};
  private readonly citations = new SharedCitations();

  /**
   * The record's parsed value, or undefined (with its issues noted) when it is invalid. `own`: the
   * record is ours to keep (JSON.parse made it for us), so it is kept, defaults filled in, rather
   * than zod's copy: a JSON.parse object is smaller, and the copy dies young, which is cheap.
   */
  check(name: CollectionName, index: number, record: unknown, own: boolean): unknown {
    if (own && QUICK[name](record)) {
      // Valid as it is: zod would return it unchanged, its missing defaults filled in.
      const kept = record as Record<string, unknown>;
      for (const key of DEFAULTED[name])
        if (kept[key] === undefined)
          kept[key] = (COLLECTIONS[name].shape as Record<string, z.ZodType>)[key]?.parse(undefined);
      this.citations.share(kept);
      return kept;
    }
    const r = COLLECTIONS[name].safeParse(record);
    if (r.success) {
      // zod's copy: the quick check says no to a record with a default to fill below its own keys,
      // and only zod's value has those filled in.
      const value = r.data as Record<string, unknown>;
      this.citations.share(value);
      return value;
    }
    for (const issue of r.error.issues) this.issues.push({ ...issue, path: [name, index, ...issue.path] });
    return undefined;
  }

  /** Checks a record and keeps its parsed value at its index in its collection. */
  add(name: CollectionName, index: number, record: unknown): void {
    let list = this.collections[name];
    if (!list) {
      list = [];
      this.collections[name] = list;
    }
    list[index] = this.check(name, index, record, true);
  }

  /** Checks everything but the records (already checked), then the cross-references. */
  finish(raw: unknown): ParseResult {
    const { issues } = this;
    // The collections' records are checked: the shell only needs to see that they are arrays.
    const outer =
      raw && typeof raw === 'object' && !Array.isArray(raw)
        ? Object.fromEntries(
            Object.entries(raw).map(([k, v]) => [
              k,
              NAMES.includes(k as CollectionName) && Array.isArray(v) ? [] : v,
            ]),
          )
        : raw;
    const shell = Shell.safeParse(outer);
    if (!shell.success) issues.unshift(...shell.error.issues);
    if (issues.length || !shell.success) return { ok: false, problems: problemsFromIssues(issues) };
    const value = { ...shell.data, ...this.collections } as FactBaseData;
    for (const name of OPTIONAL) (value as Record<string, unknown>)[name] ??= [];
    const problems = crossReferenceProblems(value);
    return problems.length ? { ok: false, problems } : { ok: true, value };
  }
}

/** Parses JSON text; a syntax error becomes a problem with its position, not an exception. */
export function parseFactBaseText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message: `not valid JSON: ${(error as Error).message}`,
          fix: 'fix the JSON syntax at that position (a missing comma, quote or bracket is the usual cause)',
        },
      ],
    };
  }
  return parseFactBase(raw, { inPlace: true });
}
