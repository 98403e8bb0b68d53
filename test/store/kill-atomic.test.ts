import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/store/file-store.js';

/** Starts the writer, lets it ack `after` writes plus a random few milliseconds, then kill -9. */
function writeThenKill(path: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'kill-writer.ts'), path],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let acked = 0;
    let killing = false;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      for (const m of d.toString().matchAll(/acked (\d+)/g)) acked = Math.max(acked, Number(m[1]));
      if (acked >= after && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 8));
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

describe('atomic writes under kill -9', () => {
  it('leaves the previous or the new content, never a torn file, and never loses an acked write', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'deal-bot-kill-')), 'state.json');
    let total = 0;
    for (let trial = 0; trial < 4; trial++) {
      const acked = await writeThenKill(path, 15 + trial * 10);
      // Reopening validates the whole file with zod: a torn write would fail here.
      const store = await openStateStore(path);
      const state = store.read();
      const written = state.lastTickAt
        ? (Date.parse(state.lastTickAt) - Date.parse('2026-02-01T00:00:00Z')) / 1000
        : 0;
      expect(written).toBeGreaterThanOrEqual(acked);
      total += acked;
      // A write cut short leaves only its temp file, which the next owner removes.
      expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      await store.close();
    }
    expect(total).toBeGreaterThan(0);
  });
});
