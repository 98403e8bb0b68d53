import { type FactBaseProblem, problemsFromZod } from './problems.js';
import { crossReferenceProblems } from './references.js';
import { FactBase, type FactBaseData } from './schema.js';

export type ParseResult = { ok: true; value: FactBaseData } | { ok: false; problems: FactBaseProblem[] };

/** Validates raw JSON against the schema, then checks that every id it refers to exists. Pure. */
export function parseFactBase(raw: unknown): ParseResult {
  const parsed = FactBase.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const problems = crossReferenceProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
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
  return parseFactBase(raw);
}
