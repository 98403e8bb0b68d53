import { loadFactBaseFile } from '../../src/app/factbase-file.js';
import { createEngine } from '../../src/core/engine/engine.js';
import { QUESTION_MIX } from './core-questions.js';
import { summarize } from './stats.js';

/**
 * One measurement in a fresh process: load, validate and index a fact base file the way the bot
 * does (loadFactBaseFile, then createEngine), then answer the
 * question mix (plus questions about its own generated names) for `rounds` rounds. Prints JSON.
 */
const [file, roundsArg, ...extra] = process.argv.slice(2);
if (!file) throw new Error('usage: core-load.ts FILE [ROUNDS] [EXTRA QUESTIONS…]');
const rounds = Number(roundsArg ?? 50);
const t0 = performance.now();
const { result: parsed } = await loadFactBaseFile(file);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
const engine = createEngine(parsed.value);
const loadMs = performance.now() - t0;
const questions = [...QUESTION_MIX, ...extra];
const now = '2026-11-26T12:00:00Z';
for (const q of questions) engine.answer(q, { now }); // warm-up
const samples: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    const s = performance.now();
    engine.answer(q, { now });
    samples.push(performance.now() - s);
  }
}
const { median, p99, n } = summarize(samples);
process.stdout.write(
  `${JSON.stringify({ loadMs, median, p99, n, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
