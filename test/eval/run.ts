/**
 * `npm run eval -- [--json] [--class X] [--set dev|fresh] [--verbose] [--facts path]`: runs the
 * evaluation set through the real loader and engine and prints accuracy per set (dev and the held-out
 * `fresh`), per class, per part of the record, per language and overall, and the precision and recall
 * of "I don't know".
 */
import { parseArgs } from 'node:util';
import { FactBaseError, readFactBaseFile } from '../../src/app/factbase-file.js';
import { createEngine } from '../../src/core/engine/index.js';
import { CASES } from './cases/index.js';
import { floorsOf } from './floors.js';
import { formatScore } from './report.js';
import { ENGINE_TAKES_CONVERSATION, score } from './score.js';
import { CLASSES, SETS, setOf } from './types.js';

const USAGE =
  'usage: npm run eval -- [--json | --floors] [--class <class>] [--set dev|fresh] [--verbose] [--facts data/factbase.json]';

function fail(message: string): never {
  process.stderr.write(
    `eval: ${message}\n${USAGE}\nclasses: ${CLASSES.join(', ')}\nsets: ${SETS.join(', ')}\n`,
  );
  process.exit(2);
}

let values: {
  json?: boolean;
  floors?: boolean;
  class?: string;
  set?: string;
  verbose?: boolean;
  facts?: string;
  help?: boolean;
};
try {
  ({ values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      floors: { type: 'boolean' },
      class: { type: 'string' },
      set: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      facts: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const only = values.class;
if (only !== undefined && !(CLASSES as readonly string[]).includes(only)) fail(`no class "${only}"`);
const onlySet = values.set;
if (onlySet !== undefined && !(SETS as readonly string[]).includes(onlySet)) fail(`no set "${onlySet}"`);
if (values.floors && (only !== undefined || onlySet !== undefined))
  fail('--floors scores the whole set: give it without --class or --set');

let engine: ReturnType<typeof createEngine>;
try {
  engine = createEngine(await readFactBaseFile(values.facts ?? 'data/factbase.json'));
} catch (error) {
  process.stderr.write(`${error instanceof FactBaseError ? error.message : String(error)}\n`);
  process.exit(1);
}

const cases = CASES.filter(
  (c) => (only === undefined || c.class === only) && (onlySet === undefined || setOf(c) === onlySet),
);
const result = score(engine, cases, ENGINE_TAKES_CONVERSATION);
if (values.floors) {
  // Today's scores rounded down: what test/eval/floors.json should hold after an improvement.
  process.stdout.write(`${JSON.stringify(floorsOf(result), null, 2)}\n`);
} else if (values.json) {
  const { results, ...totals } = result;
  const failures = results
    .filter((r) => !r.pass)
    .map((r) => ({ id: r.case.id, failures: r.failures, leads: r.turns.map((t) => t.lead) }));
  process.stdout.write(
    `${JSON.stringify({ factBase: engine.version, cases: cases.length, ...totals, failures }, null, 2)}\n`,
  );
} else {
  const which = onlySet === undefined ? '' : ` (${onlySet} set)`;
  process.stdout.write(`Evaluation: ${cases.length} cases${which}, fact base ${engine.version}\n`);
  process.stdout.write(
    `${formatScore(result, { verbose: values.verbose ?? false, ...(only ? { only } : {}) })}\n`,
  );
}
