import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FactBaseError } from '../../src/app/factbase-file.js';
import { type FactBaseWatch, watchFactBase } from '../../src/app/factbase-watch.js';
import { captureLogger } from '../scheduling/log-capture.js';

const real = readFileSync(new URL('../../data/factbase.json', import.meta.url), 'utf8');
const watches: FactBaseWatch[] = [];
afterEach(() => {
  for (const w of watches.splice(0)) w.close();
});

function withVersion(version: string): string {
  const data = JSON.parse(real) as { meta: { version: string } };
  data.meta.version = version;
  return JSON.stringify(data);
}

async function setup(debounceMs = 20) {
  const dir = mkdtempSync(join(tmpdir(), 'deal-bot-facts-'));
  const path = join(dir, 'factbase.json');
  writeFileSync(path, withVersion('v1'));
  const log = captureLogger();
  const versions: string[] = [];
  const watch = await watchFactBase(
    path,
    log.logger,
    {
      answered() {},
      delivery() {},
      factBaseVersion: (v) => versions.push(v),
      newsFetched() {},
      newsMatched() {},
      newsPosted() {},
    },
    { debounceMs },
  );
  watches.push(watch);
  return { dir, path, log, versions, watch };
}

describe('fact base watcher', () => {
  it('serves the new version after a valid edit, also when the editor renames a new file over it', async () => {
    const { dir, path, watch, versions } = await setup();
    expect(watch.current().version).toBe('v1');
    writeFileSync(path, withVersion('v2'));
    await expect.poll(() => watch.current().version, { timeout: 3000 }).toBe('v2');
    writeFileSync(join(dir, 'factbase.json.new'), withVersion('v3'));
    renameSync(join(dir, 'factbase.json.new'), path);
    await expect.poll(() => watch.current().version, { timeout: 3000 }).toBe('v3');
    expect(versions).toEqual(['v1', 'v2', 'v3']);
  });

  it('rejects an invalid edit with a precise logged error and keeps serving the last valid version', async () => {
    // Reloads are asked for explicitly here: a long debounce keeps the file watcher's own reload out of the race.
    const { path, watch, log } = await setup(60_000);
    const broken = JSON.parse(withVersion('v2')) as { events: Array<{ date: unknown }> };
    const first = broken.events[0];
    if (first) first.date = { precision: 'day', date: '2026-02-30' };
    writeFileSync(path, JSON.stringify(broken));
    expect(await watch.reload()).toBe('rejected');
    expect(watch.current().version).toBe('v1');
    const error = log.lines().find((l) => l.level === 50);
    expect(error?.msg).toMatch(/fact base edit rejected, still serving version v1/);
    expect(String(error?.msg)).toContain('$.events[0].date');

    writeFileSync(path, '{ "meta": ');
    expect(await watch.reload()).toBe('rejected');
    expect(String(log.lines().at(-1)?.msg)).toMatch(/not valid JSON/);
    expect(watch.current().version).toBe('v1');
    writeFileSync(path, withVersion('v4'));
    expect(await watch.reload()).toBe('reloaded');
    expect(watch.current().version).toBe('v4');
    expect(await watch.reload()).toBe('unchanged');
  });

  it('refuses to start from an invalid file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'deal-bot-facts-')), 'factbase.json');
    writeFileSync(path, '[]');
    await expect(watchFactBase(path, captureLogger().logger)).rejects.toBeInstanceOf(FactBaseError);
  });
});
