import { readFile } from 'node:fs/promises';
import { parseFactBaseText } from '../core/factbase/parse.js';
import { type FactBaseProblem, formatProblems } from '../core/factbase/problems.js';
import type { FactBaseData } from '../core/factbase/schema.js';

export class FactBaseError extends Error {
  constructor(
    readonly file: string,
    readonly problems: FactBaseProblem[],
  ) {
    super(formatProblems(file, problems));
    this.name = 'FactBaseError';
  }
}

/** Reads and validates the fact base file; throws FactBaseError naming every problem and its fix. */
export async function readFactBaseFile(path: string): Promise<FactBaseData> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new FactBaseError(path, [
      {
        path: '$',
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        fix: 'check FACTS_PATH (default data/factbase.json) and that the file exists and is readable',
      },
    ]);
  }
  const result = parseFactBaseText(text);
  if (!result.ok) throw new FactBaseError(path, result.problems);
  return result.value;
}
