import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConversationStore } from './app/conversations.js';
import { FactBaseError, readFactBaseFile } from './app/factbase-file.js';
import { createEngine } from './core/engine/index.js';

/** `npm run ask -- [--json] [--now ISO] [--lang en|ja] [--stdin [--conversation]] "question"` */

const USAGE = `usage: npm run ask -- [--json] [--now ISO-8601] [--lang en|ja] "question"
       npm run ask -- --stdin [--json] [--now ISO-8601] [--lang en|ja]   (one question per line)
       npm run ask -- --stdin --conversation ...   (the lines are one conversation: follow-ups read the last answer)`;

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  const options = {
    json: { type: 'boolean' },
    now: { type: 'string' },
    lang: { type: 'string' },
    stdin: { type: 'boolean' },
    conversation: { type: 'boolean' },
    facts: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  try {
    parsed = parseArgs({ options, allowPositionals: true });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let now: Date = new Date();
  if (values.now !== undefined) {
    const ms = Date.parse(values.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || Number.isNaN(ms)) {
      fail(
        `--now "${values.now}" is not an ISO 8601 date or date-time (example: 2026-03-01 or 2026-03-01T09:00:00Z)`,
      );
    }
    now = new Date(ms);
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ja')
    fail(`--lang must be en or ja, not "${values.lang}"`);
  const lang = values.lang as 'en' | 'ja' | undefined;
  if (!values.stdin && positionals.length === 0) fail('give a question, or --stdin');

  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(
      await readFactBaseFile(values.facts ?? process.env.FACTS_PATH ?? 'data/factbase.json'),
    );
  } catch (error) {
    process.stderr.write(`${error instanceof FactBaseError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  // A reader that stops early (`npm run ask -- --stdin < q.txt | head`) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  // Every line stands alone unless --conversation makes the run one conversation.
  const conversation = values.conversation ? new ConversationStore() : undefined;
  const print = (question: string) => {
    const asked = lang ? { now, lang } : { now };
    const answer = conversation
      ? conversation.answer(engine, 'cli', question, asked)
      : engine.answer(question, asked);
    process.stdout.write(
      values.json ? `${JSON.stringify(answer)}\n` : `${answer.text}\n${values.stdin ? '\n' : ''}`,
    );
  };
  if (!values.stdin) {
    print(positionals.join(' '));
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) print(line);
}

await main();
