import { readFileSync } from 'node:fs';
import { QUESTION_MIX } from './core-questions.js';
import { naiveMatcher } from './naive-baseline.js';
import { summarize } from './stats.js';

/**
 * The baseline for core-load.ts, in a fresh process like it: read the whole file and JSON.parse it,
 * with no validation and no index (the floor any loader of a JSON fact base starts from); then
 * answer the same questions with the naive name scan. Prints JSON.
 */
const [file, roundsArg, ...extra] = process.argv.slice(2);
if (!file) throw new Error('usage: json-parse-baseline.ts FILE [ROUNDS] [EXTRA QUESTIONS…]');
const t0 = performance.now();
const facts = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof naiveMatcher>[0];
const loadMs = performance.now() - t0;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const scan = naiveMatcher(facts);
const samples: number[] = [];
for (let r = 0; r < Number(roundsArg ?? 3); r++) {
  for (const q of [...QUESTION_MIX, ...extra]) {
    const s = performance.now();
    scan(q);
    samples.push(performance.now() - s);
  }
}
const { median, p99, n } = summarize(samples);
process.stdout.write(`${JSON.stringify({ loadMs, maxRssMb, median, p99, n })}\n`);
