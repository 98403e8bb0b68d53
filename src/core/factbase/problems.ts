import type { z } from 'zod';

/** One thing wrong with a fact base: where (a JSON path), what, and how to fix it. */
export interface FactBaseProblem {
  path: string;
  message: string;
  fix: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add the missing field (expected ${issue.expected})`
        : `change the value to a ${issue.expected}`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')} (not part of the schema; see data/factbase.schema.json)`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'match one of the allowed shapes: a day {"precision":"day","date":"YYYY-MM-DD"} or a month {"precision":"month","month":"YYYY-MM"}';
    case 'too_small':
      return issue.origin === 'array' ? `add at least ${issue.minimum} item(s)` : 'give a non-empty value';
    default:
      return issue.message;
  }
}

export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): FactBaseProblem[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
    fix: fixFor(issue),
  }));
}

export function formatProblems(file: string, problems: readonly FactBaseProblem[]): string {
  const lines = [`${file}: ${problems.length} problem(s) in the fact base`];
  for (const p of problems) lines.push(`  ${p.path}: ${p.message}\n    fix: ${p.fix}`);
  return lines.join('\n');
}
