import { readFileSync } from 'node:fs';
import { createEngine } from '/work/main/src/core/engine/engine.js';
import { parseFactBaseText } from '/work/main/src/core/factbase/parse.js';
import { QUESTION_MIX } from '/work/main/test/bench/core-questions.js';

const r = parseFactBaseText(readFileSync('/work/main/data/factbase.json', 'utf8'));
if (!r.ok) throw new Error('bad');
const e = createEngine(r.value);
const now = '2026-11-26T12:00:00Z';
const all: number[] = [];
for (let round = 0; round < 400; round++)
  for (const q of QUESTION_MIX) {
    const s = performance.now();
    e.answer(q, { now });
    const d = performance.now() - s;
    if (round >= 20) all.push(d);
  }
all.sort((a, b) => a - b);
console.log(
  'median',
  all[Math.floor(all.length / 2)]!.toFixed(3),
  'p99',
  all[Math.floor(all.length * 0.99)]!.toFixed(3),
);
