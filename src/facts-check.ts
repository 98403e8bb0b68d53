import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FactBaseError, readFactBaseFile } from './app/factbase-file.js';
import { COLLECTIONS } from './core/factbase/collections.js';
import { factBaseJsonSchema } from './core/factbase/json-schema.js';
import { mergeFactBase } from './core/factbase/merge.js';
import { parseFactBase } from './core/factbase/parse.js';
import { type FactBaseProblem, formatProblems } from './core/factbase/problems.js';
import { quoteProblems } from './core/factbase/quotes.js';
import type { FactBaseData } from './core/factbase/schema.js';

/**
 * `npm run facts:check [FILE] [--file PART …] [--out MERGED]`: validates the fact base (default
 * data/factbase.json) and prints every problem with its JSON path and the fix; verifies every
 * verbatim quote against the file its source ships; checks data/factbase.schema.json is current.
 * Each `--file PART` is a partial file (some collections and `sources`, as the curators write them)
 * merged into the fact base before the check; `--out` writes the merged result. Exit 0 when all is
 * well, 1 if not.
 */
const args = process.argv.slice(2);
const parts: string[] = [];
let out: string | undefined;
let file = process.env.FACTS_PATH ?? 'data/factbase.json';
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--file') parts.push(args[++i] ?? '');
  else if (a === '--out') out = args[++i];
  else file = a;
}
let failed = false;
const fail = (label: string, problems: readonly FactBaseProblem[]) => {
  failed = true;
  process.stderr.write(`${formatProblems(label, problems)}\n`);
};

let facts: FactBaseData | undefined;
try {
  if (!parts.length) facts = await readFactBaseFile(file);
  else {
    let raw: unknown = JSON.parse(await readFile(file, 'utf8'));
    const mergeProblems: FactBaseProblem[] = [];
    for (const part of parts) {
      let partial: unknown;
      try {
        partial = JSON.parse(await readFile(part, 'utf8'));
      } catch (error) {
        mergeProblems.push({
          path: '$',
          message: `${part}: ${(error as Error).message}`,
          fix: 'fix the JSON (or the path)',
        });
        continue;
      }
      const r = mergeFactBase(raw, partial, part);
      raw = r.merged;
      mergeProblems.push(...r.problems);
    }
    if (mergeProblems.length) fail(`${parts.join(' + ')} merged into ${file}`, mergeProblems);
    const named = (problems: readonly FactBaseProblem[]) => problems.map((p) => withId(raw, p));
    if (out) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(out, `${JSON.stringify(raw, null, 2)}\n`);
      process.stdout.write(`wrote ${out}\n`);
    }
    const r = parseFactBase(raw);
    if (r.ok) facts = r.value;
    else fail(`${parts.join(' + ')} merged into ${file}`, named(r.problems));
  }
} catch (error) {
  failed = true;
  process.stderr.write(`${error instanceof FactBaseError ? error.message : String(error)}\n`);
}

if (facts) {
  const texts = new Map<string, string>();
  for (const s of facts.sources) {
    if (!s.file) continue;
    const text = await readFile(join(dirname(file), s.file), 'utf8').catch(() => undefined);
    if (text !== undefined) texts.set(s.id, text);
  }
  const quotes = quoteProblems(facts, texts);
  if (quotes.length) fail(file, quotes);
  else {
    const records = COLLECTIONS.reduce((n, c) => n + (facts as FactBaseData)[c].length, 0);
    process.stdout.write(
      `${parts.length ? `${parts.join(' + ')} merged into ${file}` : file}: valid (version ${facts.meta.version}, ${facts.sources.length} sources, ${records} records, knowledge ends ${facts.meta.coverage.endsOn})\n`,
    );
  }
}
const schemaFile = 'data/factbase.schema.json';
const current = await readFile(schemaFile, 'utf8').catch(() => '');
if (current !== factBaseJsonSchema()) {
  failed = true;
  process.stderr.write(
    `${schemaFile} is out of date with src/core/factbase/schema.ts: run npm run facts:schema\n`,
  );
}
process.exit(failed ? 1 : 0);

/** Names the record a merged file's path points at: its index is in the merged list, not the part. */
function withId(raw: unknown, p: FactBaseProblem): FactBaseProblem {
  const m = /^\$\.(\w+)\[(\d+)\]/.exec(p.path);
  if (!m) return p;
  const list = (raw as Record<string, unknown>)[m[1] as string];
  const id = Array.isArray(list) ? (list[Number(m[2])] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' ? { ...p, path: `${p.path} (record "${id}")` } : p;
}
