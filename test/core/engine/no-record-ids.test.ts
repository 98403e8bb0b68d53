import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFacts, seedFacts } from './fixture.js';

/** Every .ts file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Ids of the records of a fact base, except the one deal (its id is also the name of its kind). */
function recordIds(): Set<string> {
  const ids = new Set<string>();
  for (const facts of [realFacts(), seedFacts()])
    for (const value of Object.values(facts))
      if (Array.isArray(value))
        for (const r of value) if (r && typeof r === 'object' && 'id' in r) ids.add(String(r.id));
  return ids;
}

describe('record-specific behaviour is data on the record', () => {
  it('no code in src/core names a record of the fact base by its id', () => {
    const ids = recordIds();
    expect(ids.size).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files('src/core')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)) {
        const id = m[1] ?? '';
        // A word that is also an id ("japan") is allowed as a word: only hyphenated ids are names.
        if (id.includes('-') && ids.has(id)) found.push(`${file}: '${id}'`);
      }
    }
    expect(found).toEqual([]);
  });
});
