import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { FactBaseReader, type ParseResult, parseFactBaseText } from '../core/factbase/parse.js';
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

/** A fact base file as loaded: its validation outcome and a digest of its bytes. */
export interface LoadedFactBase {
  result: ParseResult;
  /** SHA-256 of the file's bytes: equal digests mean an unchanged file. */
  digest: string;
}

/** Bytes read at a time: the one buffer a load of any size touches (grown for a bigger record). */
const CHUNK = 1 << 20;

/**
 * Reads and validates the fact base file in 1 MB chunks, each record validated as it is read, so
 * memory stays near the size of the validated data whatever the file's size. A file that is not
 * JSON is read again whole, to name the syntax error and its position. Rejects only when the
 * file cannot be read.
 */
export async function loadFactBaseFile(path: string): Promise<LoadedFactBase> {
  const reader = new FactBaseReader();
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(CHUNK);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      hash.update(buffer.subarray(filled, filled + bytesRead));
      filled += bytesRead;
      const final = bytesRead === 0;
      const used = reader.feed(buffer.subarray(0, filled), final);
      buffer.copyWithin(0, used, filled);
      filled -= used;
      if (final) break;
    }
  } finally {
    await file.close();
  }
  const result = reader.result();
  if (result) return { result, digest: hash.digest('hex') };
  // Not JSON (or being rewritten as we read): parse the file as it is now, whole, for the error.
  const bytes = await readFile(path);
  return {
    result: parseFactBaseText(bytes.toString('utf8')),
    digest: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Reads and validates the fact base file; throws FactBaseError naming every problem and its fix. */
export async function readFactBaseFile(path: string): Promise<FactBaseData> {
  let loaded: LoadedFactBase;
  try {
    loaded = await loadFactBaseFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  if (!loaded.result.ok) throw new FactBaseError(path, loaded.result.problems);
  return loaded.result.value;
}

export function unreadable(path: string, error: unknown): FactBaseError {
  return new FactBaseError(path, [
    {
      path: '$',
      message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      fix: 'check FACTS_PATH (default data/factbase.json) and that the file exists and is readable',
    },
  ]);
}
