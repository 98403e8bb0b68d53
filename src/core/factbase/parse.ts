import { z } from 'zod';
import { JsonRecordReader } from './json-records.js';
import { type FactBaseProblem, problemsFromIssues } from './problems.js';
import { crossReferenceProblems } from './references.js';
import {
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
} from './schema.js';
import { SharedCitations } from './shared-citations.js';

export type ParseResult = { ok: true; value: FactBaseData } | { ok: false; problems: FactBaseProblem[] };

/** The record collections, validated one record at a time with the same schemas FactBase uses. */
const COLLECTIONS = {
  people: Person,
  organisations: Organisation,
  sectors: Sector,
  projects: Project,
  events: Event,
  goals: Goal,
  opinions: Opinion,
  gaps: Gap,
} as const;
type CollectionName = keyof typeof COLLECTIONS;
const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** FactBase with the collections only checked to be arrays: their records are checked one by one. */
const Shell = FactBase.extend(
  Object.fromEntries(NAMES.map((n) => [n, z.array(z.unknown())])) as {
    [K in CollectionName]: z.ZodArray<z.ZodUnknown>;
  },
);

/**
 * Validates raw JSON against the schema, then checks that every id it refers to exists. Pure.
 * With `inPlace`, each record of `raw` is replaced by its parsed value as it is checked, so a
 * large fact base is never held twice in memory (only for raw objects the caller owns).
 */
export function parseFactBase(raw: unknown, options: { inPlace?: boolean } = {}): ParseResult {
  const checker = new RecordChecker();
  const source = raw as Record<CollectionName, unknown>;
  for (const name of NAMES) {
    const list = source && typeof source === 'object' ? source[name] : undefined;
    if (!Array.isArray(list)) continue;
    const out = options.inPlace ? list : new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = checker.check(name, i, list[i]);
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
    return rest && this.checker.finish({ ...rest, ...this.checker.collections });
  }
}

/** parseFactBaseText for UTF-8 bytes, read record by record (see FactBaseReader). */
export function parseFactBaseBytes(bytes: Uint8Array): ParseResult {
  const reader = new FactBaseReader();
  reader.feed(bytes, true);
  return reader.result() ?? parseFactBaseText(new TextDecoder().decode(bytes));
}

const STREAMED: ReadonlySet<string> = new Set(NAMES);

/** Checks records one at a time, collecting their issues; then the whole fact base around them. */
class RecordChecker {
  readonly issues: z.core.$ZodIssue[] = [];
  readonly collections: Partial<Record<CollectionName, unknown[]>> = {};
  private readonly citations = new SharedCitations();

  /** The record's parsed value, or undefined (with its issues noted) when it is invalid. */
  check(name: CollectionName, index: number, record: unknown): unknown {
    const r = COLLECTIONS[name].safeParse(record);
    if (r.success) {
      this.citations.share(r.data);
      return r.data;
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
    list[index] = this.check(name, index, record);
  }

  /** Checks everything but the records (already checked), then the cross-references. */
  finish(raw: unknown): ParseResult {
    const { issues } = this;
    const shell = Shell.safeParse(raw);
    if (!shell.success)
      issues.unshift(
        ...shell.error.issues.filter(
          (i) => !NAMES.includes(i.path[0] as CollectionName) || i.path.length === 1,
        ),
      );
    if (issues.length || !shell.success) return { ok: false, problems: problemsFromIssues(issues) };
    const value = { ...shell.data, ...this.collections } as FactBaseData;
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
