import { readFileSync, writeFileSync } from 'node:fs';
import { generateFacts } from './generate-facts.js';

/**
 * Writes a generated fact base of SIZE records to FILE and prints three questions about its own
 * names, as JSON. A child process, so the benchmark's parent holds no large heap (its garbage
 * collector would run beside the measured processes).
 */
const [sizeArg, file] = process.argv.slice(2);
if (!sizeArg || !file) throw new Error('usage: write-facts.ts SIZE FILE');
const facts = generateFacts(JSON.parse(readFileSync('data/factbase.json', 'utf8')), Number(sizeArg));
writeFileSync(file, JSON.stringify(facts));
const someone = facts.people[facts.people.length - 1]?.name.en ?? 'nobody';
process.stdout.write(
  `${JSON.stringify([`who is ${someone}?`, `who is ${someone.slice(0, -1)}x?`, `when is ${facts.events.at(-1)?.name.en}?`])}\n`,
);
