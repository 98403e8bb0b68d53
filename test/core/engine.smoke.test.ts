import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/engine.js';
import { parseFactBaseText } from '../../src/core/factbase/parse.js';

const parsed = parseFactBaseText(readFileSync('data/factbase.json', 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const engine = createEngine(parsed.value);
const now = '2026-11-26T12:00:00Z';

describe('engine smoke', () => {
  it('lists the three candidate projects, none confirmed', () => {
    const a = engine.answer('projects', { now });
    expect(a.intent).toBe('projects.list');
    expect(a.items.map((i) => i.id)).toEqual([
      'data-center-power-plant',
      'deepwater-crude-port',
      'synthetic-diamond-plant',
    ]);
    expect(a.items.every((i) => i.status === 'reported-not-confirmed')).toBe(true);
  });
});
