import { z } from 'zod';
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
  const issues: z.core.$ZodIssue[] = [];
  const shell = Shell.safeParse(raw);
  if (!shell.success)
    issues.push(
      ...shell.error.issues.filter(
        (i) => !NAMES.includes(i.path[0] as CollectionName) || i.path.length === 1,
      ),
    );
  const source = raw as Record<CollectionName, unknown>;
  const collections = {} as Record<CollectionName, unknown[]>;
  for (const name of NAMES) {
    const list = source && typeof source === 'object' ? source[name] : undefined;
    if (!Array.isArray(list)) continue;
    const out = options.inPlace ? list : new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) {
      const r = COLLECTIONS[name].safeParse(list[i]);
      if (r.success) out[i] = r.data;
      else for (const issue of r.error.issues) issues.push({ ...issue, path: [name, i, ...issue.path] });
    }
    collections[name] = out;
  }
  if (issues.length || !shell.success) return { ok: false, problems: problemsFromIssues(issues) };
  const value = { ...shell.data, ...collections } as FactBaseData;
  const problems = crossReferenceProblems(value);
  return problems.length ? { ok: false, problems } : { ok: true, value };
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
