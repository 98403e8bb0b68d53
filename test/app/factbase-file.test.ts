import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactBaseError, loadFactBaseFile, readFactBaseFile } from '../../src/app/factbase-file.js';
import { parseFactBaseText } from '../../src/core/factbase/parse.js';
import type { FactBaseInput } from '../../src/core/factbase/schema.js';
import { generateFacts } from '../bench/generate-facts.js';

const real = readFileSync('data/factbase.json', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'deal-bot-load-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadFactBaseFile (read in 1 MB chunks, validated record by record)', () => {
  it('loads a fact base of many chunks to exactly what parsing the whole text gives', async () => {
    const text = JSON.stringify(generateFacts(JSON.parse(real) as FactBaseInput, 8_000), null, 1);
    expect(text.length).toBeGreaterThan(3 << 20);
    const { result } = await loadFactBaseFile(file('big.json', text));
    const whole = parseFactBaseText(text);
    if (!result.ok || !whole.ok) throw new Error('expected a valid fact base');
    expect(result.value).toEqual(whole.value);
    expect(result.value.people.length).toBe(whole.value.people.length);
  });

  it('reads a record bigger than a chunk', async () => {
    const data = JSON.parse(real) as FactBaseInput;
    const first = data.people[0];
    if (!first) throw new Error('no people');
    first.summary = { en: 'x'.repeat(3 << 20), ja: 'あ'.repeat(1 << 20) };
    const { result } = await loadFactBaseFile(file('long.json', JSON.stringify(data)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.people[0]?.summary.en.length).toBe(3 << 20);
  });

  it('names a syntax error deep in a large file as JSON.parse does, with its position', async () => {
    const text = JSON.stringify(generateFacts(JSON.parse(real) as FactBaseInput, 8_000));
    const at = text.indexOf('"id":"event-9');
    expect(at).toBeGreaterThan(1 << 20);
    const broken = `${text.slice(0, at)},${text.slice(at)}`;
    const { result } = await loadFactBaseFile(file('broken.json', broken));
    expect(result).toEqual(parseFactBaseText(broken));
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/not valid JSON.*position|column/);
  });

  it('reports an invalid record with its path, as for the whole text', async () => {
    const data = JSON.parse(real) as { projects: { status: string }[] };
    (data.projects[1] as { status: string }).status = 'maybe';
    const text = JSON.stringify(data);
    const { result } = await loadFactBaseFile(file('invalid.json', text));
    expect(result).toEqual(parseFactBaseText(text));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('$.projects[1].status');
  });

  it('gives equal digests for equal bytes and a new one after an edit', async () => {
    const a = await loadFactBaseFile(file('a.json', real));
    const b = await loadFactBaseFile(file('b.json', real));
    const c = await loadFactBaseFile(file('c.json', real.replace('"2026-02"', '"2026-03"')));
    expect(a.digest).toBe(b.digest);
    expect(a.digest).not.toBe(c.digest);
  });

  it('a missing file is a FactBaseError that says how to fix it', async () => {
    const error = await readFactBaseFile(join(dir, 'missing.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactBaseError);
    expect((error as FactBaseError).message).toMatch(/ENOENT[\s\S]*FACTS_PATH/);
  });
});
