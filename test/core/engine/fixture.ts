import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '../../../src/core/engine/engine.js';
import { parseFactBaseText } from '../../../src/core/factbase/parse.js';
import type { FactBaseData } from '../../../src/core/factbase/schema.js';

function load(path: string): FactBaseData {
  const parsed = parseFactBaseText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/**
 * The founding article alone (February 2026), in the v2 model: the fact base the engine's language
 * tests were written on. Its knowledge is fixed, so they test how questions are read.
 */
export function seedFacts(): FactBaseData {
  return load('test/fixtures/seed-factbase.json');
}

export function seedEngine(): Engine {
  return createEngine(seedFacts());
}

/** The real fact base: the whole public record (tests of knowledge as of a day use it). */
export function realFacts(): FactBaseData {
  return load('data/factbase.json');
}

export function realEngine(): Engine {
  return createEngine(realFacts());
}

/** Today in this project's timeline: every event of the founding article is in the past. */
export const NOW = '2026-11-26T12:00:00Z';
