/**
 * `npm run eval -- [--json] [--class X] [--verbose] [--facts path]`: runs the evaluation set through
 * the real loader and engine and prints accuracy per class, per part of the record, per language and
 * overall, and the precision and recall of "I don't know".
 */
import { parseArgs } from 'node:util';
import { FactBaseError, readFactBaseFile } from '../../src/app/factbase-file.js';
import { createEngine } from '../../src/core/engine/index.js';
import { CASES } from './cases/index.js';
import { formatScore } from './report.js';
import { ENGINE_TAKES_CONVERSATION, score } from './score.js';
import { CLASSES } from './types.js';

const USAGE =
  'usage: npm run eval -- [--json | --floors] [--class <class>] [--verbose] [--facts data/factbase.json]';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}\nclasses: ${CLASSES.join(', ')}\n`);
  process.exit(2);
}

let values: {
  json?: boolean;
  floors?: boolean;
  class?: string;
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

let engine: ReturnType<typeof createEngine>;
try {
  engine = createEngine(await readFactBaseFile(values.facts ?? 'data/factbase.json'));
} catch (error) {
  process.stderr.write(`${error instanceof FactBaseError ? error.message : String(error)}\n`);
  process.exit(1);
}

const FLOORS_ABOUT =
  'Accuracy floors for test/eval/eval.test.ts (0..1, rounded down from a run of the engine on this branch). Raise them as the engine improves; never lower them to make a run pass.';

const cases = only ? CASES.filter((c) => c.class === only) : CASES;
const result = score(engine, cases, ENGINE_TAKES_CONVERSATION);
if (values.floors) {
  // Today's scores rounded down: what test/eval/floors.json should hold after an improvement.
  const down = (x: number): number => Math.floor(x * 100) / 100;
  const classes = Object.fromEntries(CLASSES.map((c) => [c, down(result.byClass[c]?.accuracy ?? 0)]));
  const floors = { about: FLOORS_ABOUT, overall: down(result.overall.accuracy), classes };
  process.stdout.write(`${JSON.stringify(floors, null, 2)}\n`);
} else if (values.json) {
  const { results, ...totals } = result;
  const failures = results
    .filter((r) => !r.pass)
    .map((r) => ({ id: r.case.id, failures: r.failures, leads: r.turns.map((t) => t.lead) }));
  process.stdout.write(
    `${JSON.stringify({ factBase: engine.version, cases: cases.length, ...totals, failures }, null, 2)}\n`,
  );
} else {
  process.stdout.write(`Evaluation: ${cases.length} cases, fact base ${engine.version}\n`);
  process.stdout.write(
    `${formatScore(result, { verbose: values.verbose ?? false, ...(only ? { only } : {}) })}\n`,
  );
}
