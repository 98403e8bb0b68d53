import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/store/file-store.js';
import { resetState } from '../../src/store/reset.js';
import { emptyState, STATE_SCHEMA_VERSION } from '../../src/store/schema.js';
import { putSubscription, recordDelivery } from '../../src/store/state-ops.js';
import { StateFileError, type StateStore } from '../../src/store/store.js';
import { subscription } from '../scheduling/fakes.js';

const open: StateStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function tempPath(name = 'state.json'): string {
  return join(mkdtempSync(join(tmpdir(), 'deal-bot-store-')), name);
}

async function opened(path: string) {
  const store = await openStateStore(path);
  open.push(store);
  return store;
}

async function openError(path: string): Promise<StateFileError> {
  try {
    const store = await openStateStore(path);
    open.push(store);
  } catch (error) {
    if (error instanceof StateFileError) return error;
    throw error;
  }
  throw new Error('expected openStateStore to fail');
}

describe('state file store (lowdb, validated, atomic)', () => {
  it('creates the file and its folder, and what is written survives a reopen', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'deal-bot-store-')), 'nested', 'state.json');
    const store = await opened(path);
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(STATE_SCHEMA_VERSION);
    await store.update((s) => {
      putSubscription(s, subscription());
      recordDelivery(s, 'k1', { at: '2026-02-01T00:00:00.000Z', outcome: 'sent' });
    });
    await store.close();
    const again = await opened(path);
    expect(again.read().subscriptions.map((s) => s.id)).toEqual(['slack:T1:C1']);
    expect(again.read().ledger.k1?.outcome).toBe('sent');
  });

  it('serialises concurrent updates: 1,000 at once, none lost', async () => {
    const path = tempPath();
    const store = await opened(path);
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        store.update((s) => recordDelivery(s, `k${i}`, { at: '2026-02-01T00:00:00.000Z', outcome: 'sent' })),
      ),
    );
    await store.close();
    const again = await opened(path);
    expect(Object.keys(again.read().ledger)).toHaveLength(1000);
  });

  it('refuses a corrupt file, naming the file and the problem, and leaves it untouched', async () => {
    const path = tempPath();
    writeFileSync(path, '{"schemaVersion": 2, "subscriptions": [');
    const error = await openError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toMatch(/--reset-state/);
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion": 2, "subscriptions": [');
  });

  it('refuses an empty file and a file of another shape, naming the field', async () => {
    const empty = tempPath();
    writeFileSync(empty, '');
    expect((await openError(empty)).problem).toMatch(/empty/);

    const path = tempPath();
    const bad = { ...emptyState(), subscriptions: [{ ...subscription(), timeZone: 7 }] };
    writeFileSync(path, JSON.stringify(bad));
    const error = await openError(path);
    expect(error.message).toMatch(/subscriptions\[0\]\.timeZone|subscriptions\.0\.timeZone/);
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(bad));
  });

  it('refuses a file with no schema version, or one from a newer version', async () => {
    const none = tempPath();
    writeFileSync(none, '{"subscriptions": []}');
    expect((await openError(none)).problem).toMatch(/schemaVersion/);
    const newer = tempPath();
    writeFileSync(newer, JSON.stringify({ ...emptyState(), schemaVersion: 99 }));
    expect((await openError(newer)).problem).toMatch(/newer deal-bot/);
  });

  it('migrates a version 1 file to the current schema and rewrites it', async () => {
    const path = tempPath();
    const v1 = {
      schemaVersion: 1,
      subscriptions: [subscription()],
      sent: { 'slack:T1:C1|reminder:x:d7:2026-03-10': '2026-03-03T14:00:00.000Z' },
      lastTickAt: '2026-03-03T14:00:00.000Z',
    };
    writeFileSync(path, JSON.stringify(v1));
    const store = await opened(path);
    expect(store.migratedFrom).toBe(1);
    expect(store.read().ledger['slack:T1:C1|reminder:x:d7:2026-03-10']).toEqual({
      at: '2026-03-03T14:00:00.000Z',
      outcome: 'sent',
    });
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(STATE_SCHEMA_VERSION);
  });

  it('lets one owner at a time hold the file; a lock left by a dead process is taken over', async () => {
    const path = tempPath();
    await opened(path);
    expect((await openError(path)).problem).toMatch(/in use by process/);

    const other = tempPath();
    writeFileSync(`${other}.lock`, '999999999\n');
    const store = await opened(other);
    expect(store.read().subscriptions).toEqual([]);
  });

  it('resetState moves the file aside to a timestamped backup; the bot then starts fresh', async () => {
    const path = tempPath();
    writeFileSync(path, 'garbage');
    const backup = await resetState(path, new Date('2026-11-26T12:00:00.000Z'));
    expect(backup).toBe(`${path}.backup-2026-11-26T12-00-00-000Z`);
    expect(readFileSync(backup as string, 'utf8')).toBe('garbage');
    const store = await opened(path);
    expect(store.read().subscriptions).toEqual([]);
    expect(await resetState(tempPath(), new Date())).toBeNull();
  });

  it('resetState will not move a file another live process holds', async () => {
    const path = tempPath();
    writeFileSync(path, 'garbage');
    writeFileSync(`${path}.lock`, `${process.ppid}\n`);
    await expect(resetState(path, new Date())).rejects.toThrow(/in use by process/);
    expect(readdirSync(join(path, '..')).filter((f) => f.includes('backup'))).toEqual([]);
  });
});
