import { readFileSync } from 'node:fs';

/**
 * The baseline for loading, in a fresh process like core-load.ts: read the whole file and
 * JSON.parse it, with no validation and no index: the floor any loader of a JSON fact base starts
 * from. Prints JSON.
 */
const file = process.argv[2];
if (!file) throw new Error('usage: json-parse-baseline.ts FILE');
const t0 = performance.now();
const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
const loadMs = performance.now() - t0;
if (!value) throw new Error('empty');
process.stdout.write(`${JSON.stringify({ loadMs, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
