import { readFile } from 'node:fs/promises';
import { FactBaseError, readFactBaseFile } from './app/factbase-file.js';
import { factBaseJsonSchema } from './core/factbase/json-schema.js';

/**
 * `npm run facts:check [file]`: validates the fact base and prints every problem with its JSON path
 * and the fix; also checks that data/factbase.schema.json is current. Exit 0 when all is well, 1 if not.
 */
const file = process.argv[2] ?? process.env.FACTS_PATH ?? 'data/factbase.json';
let failed = false;
try {
  const facts = await readFactBaseFile(file);
  const records =
    facts.people.length +
    facts.organisations.length +
    facts.sectors.length +
    facts.projects.length +
    facts.events.length +
    facts.goals.length +
    facts.opinions.length +
    facts.gaps.length;
  process.stdout.write(
    `${file}: valid (version ${facts.meta.version}, as of ${facts.meta.asOf}, ${records} records)\n`,
  );
} catch (error) {
  failed = true;
  process.stderr.write(`${error instanceof FactBaseError ? error.message : String(error)}\n`);
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
