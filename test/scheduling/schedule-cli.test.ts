import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../src/store/schema.js';
import { pmVisitOn } from '../core/schedule/facts.js';
import { subscription } from './fakes.js';

const dir = mkdtempSync(join(tmpdir(), 'deal-bot-cli-'));
const factsPath = join(dir, 'factbase.json');
writeFileSync(factsPath, JSON.stringify(pmVisitOn('2026-03-10')));

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/schedule-cli.ts', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', FACTS_PATH: factsPath, LOG_LEVEL: 'silent', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run schedule', () => {
  it('preview --json lists every post in the window with kind, ISO time with offset and text', () => {
    const r = cli([
      'preview',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-11',
      '--tz',
      'America/New_York',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const posts = JSON.parse(r.stdout) as Array<{ kind: string; at: string; text: string }>;
    expect(posts.map((p) => `${p.kind} ${p.at}`)).toEqual([
      'digest 2026-03-02T09:00:00-05:00',
      'reminder 2026-03-03T09:00:00-05:00',
      'digest 2026-03-09T09:00:00-04:00',
      'reminder 2026-03-09T09:00:00-04:00',
      'reminder 2026-03-10T09:00:00-04:00',
    ]);
    expect(posts.every((p) => p.text.length > 0)).toBe(true);
  });

  it('preview prints times and texts for people, with a daily digest in Tokyo', () => {
    const r = cli([
      'preview',
      '--from',
      '2026-03-08T00:00',
      '--to',
      '2026-03-10T12:00',
      '--tz',
      'Asia/Tokyo',
      '--digest',
      'daily',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2026-03-09T09:00:00\+09:00 {2}reminder {2}Reminder: /m);
    expect(r.stdout.match(/ digest /g)).toHaveLength(3);
  });

  it('exits 2 with the usage on bad input (every case is in cli-args.test.ts)', () => {
    const r = cli(['preview', '--from', '2026-03-02', '--to', '2026-03-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to must be after --from');
    expect(r.stderr).toContain('usage: npm run schedule -- preview');
  });

  it('run-once ticks once against the configured store and prints console posts', () => {
    const statePath = join(dir, 'state.json');
    const state = emptyState();
    const channel = { platform: 'console' as const, workspace: 'local', channel: 'console' };
    state.subscriptions.push(subscription({ id: 'console:local:console', channel }));
    writeFileSync(statePath, JSON.stringify(state));
    const r = cli(['run-once', '--now', '2026-03-03T14:00:00Z'], { STATE_PATH: statePath });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('scheduled post to #console');
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}')).toMatchObject({ due: 1, sent: 1 });
    const after = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(Object.keys(after.ledger)).toEqual([
      'console:local:console|reminder:pm-white-house-visit:d7:2026-03-10',
    ]);
    // Again at the same time: nothing twice.
    expect(
      JSON.parse(cli(['run-once', '--now', '2026-03-03T14:00:00Z'], { STATE_PATH: statePath }).stdout),
    ).toMatchObject({
      due: 0,
    });
  });

  it('run-once posts the news reports the store holds, as the running bot would', () => {
    const statePath = join(dir, 'news-state.json');
    const state = emptyState();
    const channel = { platform: 'console' as const, workspace: 'local', channel: 'news' };
    state.subscriptions.push(
      subscription({
        id: 'console:local:news',
        channel,
        reminders: false,
        digest: null,
        news: true,
        createdAt: '2026-03-01T00:00:00.000Z',
      }),
    );
    state.news.items.push({
      id: 'r1',
      feed: 'https://wire.example.com/rss',
      link: 'https://wire.example.com/2026/story-1',
      title: 'Akazawa and Lutnick discuss the $550 billion pledge',
      lang: 'en',
      score: 0.9,
      matched: ['deal'],
      firstSeen: '2026-03-03T13:00:00.000Z',
    });
    writeFileSync(statePath, JSON.stringify(state));
    const r = cli(['run-once', '--now', '2026-03-03T14:00:00Z'], { STATE_PATH: statePath });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Akazawa and Lutnick discuss the $550 billion pledge');
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}')).toMatchObject({ due: 1, sent: 1 });
    expect(Object.keys(JSON.parse(readFileSync(statePath, 'utf8')).ledger)).toEqual([
      'console:local:news|news:r1',
    ]);
  });

  it('run-once refuses a corrupt state file, naming it, and leaves it alone', () => {
    const statePath = join(dir, 'corrupt.json');
    writeFileSync(statePath, '{"schemaVersion":2,');
    const r = cli(['run-once', '--now', '2026-03-03T14:00:00Z'], { STATE_PATH: statePath });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`state file ${statePath}: is not valid JSON`);
    expect(readFileSync(statePath, 'utf8')).toBe('{"schemaVersion":2,');
  });
});
