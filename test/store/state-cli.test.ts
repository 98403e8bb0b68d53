import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../src/store/schema.js';
import { pmVisitOn } from '../core/schedule/facts.js';
import { freshDatabase } from '../pg/database.js';
import { subscription as sub } from '../scheduling/fakes.js';
import { sampleState } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'deal-bot-state-cli-'));
const factsPath = join(dir, 'factbase.json');
writeFileSync(factsPath, JSON.stringify(pmVisitOn('2026-03-10')));
const baseEnv = { PATH: process.env.PATH ?? '', FACTS_PATH: factsPath, LOG_LEVEL: 'silent' };

function run(script: string, args: string[], env: Record<string, string>) {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...baseEnv, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const state = (args: string[], env: Record<string, string>) => run('src/state-cli.ts', args, env);

describe('npm run state', () => {
  it('round-trips a lowdb state into PostgreSQL and back, and importing twice changes nothing', async () => {
    const original = sampleState();
    const fileA = join(dir, 'a.json');
    writeFileSync(fileA, JSON.stringify(original));
    const exported = state(['export'], { STATE_PATH: fileA });
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(original);
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, exported.stdout);

    const db = { DATABASE_URL: await freshDatabase() };
    const first = state(['import', backup], db);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      subscriptions: 2,
      ledger: 2,
      digests: 1,
      installations: 1,
    });
    expect(state(['import', backup], db).code).toBe(0);
    const fromPg = state(['export'], db);
    expect(fromPg.code, fromPg.stderr).toBe(0);
    const pgState = JSON.parse(fromPg.stdout);
    expect(pgState).toEqual({ ...original, subscriptions: expect.arrayContaining(original.subscriptions) });
    expect(pgState.subscriptions).toHaveLength(original.subscriptions.length);

    const pgBackup = join(dir, 'from-pg.json');
    writeFileSync(pgBackup, fromPg.stdout);
    const fileB = join(dir, 'b.json');
    expect(state(['import', pgBackup], { STATE_PATH: fileB }).code).toBe(0);
    const back = JSON.parse(readFileSync(fileB, 'utf8'));
    expect({ ...back, subscriptions: back.subscriptions.length }).toEqual({
      ...original,
      subscriptions: original.subscriptions.length,
    });
    expect(back.subscriptions).toEqual(expect.arrayContaining(original.subscriptions));
  });

  it('refuses a file it cannot validate, naming each problem, and changes nothing', async () => {
    const bad = emptyState();
    bad.subscriptions.push(sub({ id: 'slack:T1:C1' }), sub({ id: 'slack:T1:C1' }));
    bad.digests['slack:T1:C1'] = { lastAt: '2026-02-01T12:00:00.000Z', snapshot: 'missing' };
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const db = { DATABASE_URL: await freshDatabase() };
    const r = state(['import', file], db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} is not a deal-bot state file it can import; nothing was changed`);
    expect(r.stderr).toContain('subscriptions[1]: the id "slack:T1:C1" appears twice');
    expect(r.stderr).toContain('digests["slack:T1:C1"]: snapshot "missing" is not in "snapshots"');
    expect(JSON.parse(state(['export'], db).stdout).subscriptions).toEqual([]);

    writeFileSync(file, '{"schemaVersion": 3, "subscriptions": [');
    expect(state(['import', file], db).stderr).toContain('not valid JSON');
    writeFileSync(
      file,
      JSON.stringify({ ...emptyState(), ledger: { k: { at: 'yesterday', outcome: 'sent' } } }),
    );
    expect(state(['import', file], db).stderr).toMatch(/ledger\.k\.at/);
    expect(state(['import', join(dir, 'nope.json')], db).stderr).toContain('cannot read');
    expect(state(['export', 'extra'], db).code).toBe(2);
  });

  it('two run-once processes against one database send each due post exactly once together', async () => {
    const db = { DATABASE_URL: await freshDatabase() };
    const seed = emptyState();
    for (let i = 0; i < 600; i++) {
      const channel = { platform: 'console' as const, workspace: 'local', channel: `c${i}` };
      seed.subscriptions.push(sub({ id: `console:local:c${i}`, channel }));
    }
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify(seed));
    expect(state(['import', file], db).code).toBe(0);

    const once = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/schedule-cli.ts', 'run-once', '--now', '2026-03-03T14:00:00Z'],
          { env: { ...baseEnv, ...db } },
        );
        let stdout = '';
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString('utf8');
        });
        child.on('close', (code) => resolve({ code, stdout }));
      });
    const [a, b] = await Promise.all([once(), once()]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const summaries = [a, b].map((r) => JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}'));
    // Each saw what was still due when it planned: it sent it, or another process had claimed it.
    for (const s of summaries) {
      expect(s).toMatchObject({ deferred: 0, permanent: 0, dropped: 0 });
      expect(s.sent + s.elsewhere).toBe(s.due);
    }
    expect(Math.max(summaries[0].due, summaries[1].due)).toBe(600);
    expect(summaries[0].sent + summaries[1].sent).toBe(600);
    const posted = [a, b].flatMap((r) =>
      [...r.stdout.matchAll(/scheduled post to #(c\d+)/g)].map((m) => m[1]),
    );
    expect(posted).toHaveLength(600);
    expect(new Set(posted).size).toBe(600);
    const ledger = JSON.parse(state(['export'], db).stdout).ledger;
    expect(Object.keys(ledger)).toHaveLength(600);
  });
});
