import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotProcess } from './bot-process.js';

const CORRUPT = '{"schemaVersion": 2, "subscriptions": [ {"id": "slack:T1:C1"'; // torn by hand

function corruptStateFile(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'deal-bot-state-'));
  mkdirSync(join(dir, 'var'));
  const path = join(dir, 'var/state.json');
  writeFileSync(path, CORRUPT);
  return { dir, path };
}

describe('a corrupt state file', () => {
  it('stops the start with exit 1, naming the file, the problem and --reset-state, and leaves the file alone', async () => {
    const { path } = corruptStateFile();
    const child = new BotProcess({ env: { STATE_PATH: path } });
    child.endInput('projects\n');
    expect((await child.exited).code).toBe(1);
    expect(child.stderr).toContain(`deal-bot: state file ${path}: is not valid JSON`);
    expect(child.stderr).toMatch(/npm start -- --reset-state/);
    expect(readFileSync(path, 'utf8')).toBe(CORRUPT);
  });

  it('`--reset-state` moves it aside to a timestamped backup and starts fresh', async () => {
    const { dir, path } = corruptStateFile();
    const child = new BotProcess({ env: { STATE_PATH: path }, args: ['--reset-state'] });
    child.endInput('/deal subscribe reminders\n');
    expect((await child.exited).code).toBe(0);
    const backups = readdirSync(join(dir, 'var')).filter((f) => f.startsWith('state.json.backup-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, 'var', backups[0] ?? ''), 'utf8')).toBe(CORRUPT);
    const warned = child.logs().find((l) => l.level === 40 && l.backup);
    expect(warned?.backup).toBe(join(dir, 'var', backups[0] ?? ''));
    const fresh = JSON.parse(readFileSync(path, 'utf8')) as { subscriptions: Array<{ reminders: boolean }> };
    expect(fresh.subscriptions).toEqual([expect.objectContaining({ reminders: true })]);
  });
});
