import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../src/core/engine/engine.js';
import { parseFactBaseText } from '../../src/core/factbase/parse.js';
import { QUESTION_MIX } from './core-questions.js';
import { generateFacts } from './generate-facts.js';
import { naiveMatcher } from './naive-baseline.js';
import { ms, summarize } from './stats.js';

/**
 * The core engine benchmark (issue 2): answer latency on the real fact base against a naive
 * substring-scan baseline in the same run; then, in fresh processes, load-and-index time, latency
 * and peak RSS on generated fact bases of 1,000, 10,000 and 100,000 records.
 */
const text = readFileSync('data/factbase.json', 'utf8');
const parsed = parseFactBaseText(text);
if (!parsed.ok) throw new Error('data/factbase.json is invalid: run npm run facts:check');
const engine = createEngine(parsed.value);
const naive = naiveMatcher(parsed.value);
const now = '2026-11-26T12:00:00Z';

const bot: number[] = [];
const base: number[] = [];
for (let round = 0; round < 400; round++) {
  for (const q of QUESTION_MIX) {
    let s = performance.now();
    engine.answer(q, { now });
    if (round >= 20) bot.push(performance.now() - s);
    s = performance.now();
    naive(q);
    if (round >= 20) base.push(performance.now() - s);
  }
}
const b = summarize(bot);
const n = summarize(base);
console.log('## Core engine (real fact base, %d answers, %d questions in the mix)', b.n, QUESTION_MIX.length);
console.log('| | median ms | p99 ms |');
console.log('|---|---|---|');
console.log(`| engine.answer | ${ms(b.median)} | ${ms(b.p99)} |`);
console.log(`| naive substring scan (baseline, names only) | ${ms(n.median)} | ${ms(n.p99)} |`);
console.log(`target: p99 ≤ 1 ms → ${b.p99 <= 1 ? 'met' : 'NOT met'}`);

console.log('\n## Generated fact bases (fresh process each: read + validate + index, then the mix)');
console.log('| records | load+index ms | median ms | p99 ms | peak RSS MB | naive p99 ms |');
console.log('|---|---|---|---|---|---|');
const dir = mkdtempSync(join(tmpdir(), 'deal-bench-'));
try {
  const real = JSON.parse(text);
  for (const size of [1_000, 10_000, 100_000]) {
    const facts = generateFacts(real, size);
    const file = join(dir, `facts-${size}.json`);
    writeFileSync(file, JSON.stringify(facts));
    const someone = facts.people[facts.people.length - 1]?.name.en ?? 'nobody';
    const extra = [
      `who is ${someone}?`,
      `who is ${someone.slice(0, -1)}x?`,
      `when is ${facts.events.at(-1)?.name.en}?`,
    ];
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'test/bench/core-load.ts', file, size >= 100_000 ? '20' : '40', ...extra],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
    // The naive baseline on the same records, in this process.
    const p = parseFactBaseText(readFileSync(file, 'utf8'));
    let naiveP99 = Number.NaN;
    if (p.ok) {
      const scan = naiveMatcher(p.value);
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        for (const q of [...QUESTION_MIX, ...extra]) {
          const s = performance.now();
          scan(q);
          samples.push(performance.now() - s);
        }
      }
      naiveP99 = summarize(samples).p99;
    }
    console.log(
      `| ${size.toLocaleString('en-US')} | ${ms(r.loadMs)} | ${ms(r.median)} | ${ms(r.p99)} | ${r.maxRssMb.toFixed(0)} | ${ms(naiveP99)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('targets at 100,000 records: p99 ≤ 10 ms, load+index ≤ 2,000 ms, peak RSS ≤ 300 MB');
