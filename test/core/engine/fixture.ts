import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '../../../src/core/engine/engine.js';
import { parseFactBaseText } from '../../../src/core/factbase/parse.js';
import type { FactBaseData } from '../../../src/core/factbase/schema.js';

/** The real fact base, parsed once per test file. */
export function realFacts(): FactBaseData {
  const parsed = parseFactBaseText(readFileSync('data/factbase.json', 'utf8'));
  if (!parsed.ok) throw new Error(`data/factbase.json is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export function realEngine(): Engine {
  return createEngine(realFacts());
}

/** Today in this project's timeline: every event in the sources is in the past. */
export const NOW = '2026-11-26T12:00:00Z';
