import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../src/store/schema.js';
import { BotProcess } from './bot-process.js';

/**
 * Issue #10, seen 8: start errors for state paths that cannot be used are one line with the fix, no
 * stack trace; a read-only state file is never replaced; a symlinked one is followed (the link stays).
 * Permissions mean nothing to root: as root, the bot runs as "nobody" for the permission cases.
 */

const asRoot = process.getuid?.() === 0;
const nobody = asRoot ? { user: { uid: 65534, gid: 65534 } } : {};

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deal-bot-state-errors-'));
  chmodSync(dir, 0o755);
  return dir;
}

async function failsWith(env: Record<string, string>, line: RegExp, user = {}): Promise<string> {
  const child = new BotProcess({ env, ...user });
  child.endInput('projects\n');
  expect((await child.exited).code).toBe(1);
  const errorLines = child.stderr.split('\n').filter((l) => l.startsWith('deal-bot:'));
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(line);
  expect(errorLines[0]).toMatch(/; fix: /);
  expect(child.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return child.stderr;
}

describe('state paths that cannot be used stop the start with one line and the fix', () => {
  it('a read-only state folder', async () => {
    const dir = scratch();
    const folder = join(dir, 'var');
    mkdirSync(folder, { mode: 0o555 });
    chmodSync(folder, 0o555);
    await failsWith(
      { STATE_PATH: join(folder, 'state.json') },
      /^deal-bot: state file .*state\.json: its folder .*var is not writable \(EACCES\); fix: make .*var writable/,
      nobody,
    );
  });

  it('a folder that cannot exist (a file stands in its path)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'var'), 'not a folder');
    await failsWith(
      { STATE_PATH: join(dir, 'var', 'state.json') },
      /its folder .*var cannot be created \((ENOTDIR|EEXIST)\); fix: /,
    );
  });

  it('a read-only (0444) state file, which is left exactly as it was', async () => {
    const dir = scratch();
    const path = join(dir, 'state.json');
    const text = JSON.stringify(emptyState());
    writeFileSync(path, text);
    chmodSync(path, 0o444);
    await failsWith(
      { STATE_PATH: path },
      /is read-only \(mode 0444\).*never replaces.*; fix: make it writable \(chmod u\+w /,
    );
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it('an unreadable (0000) state file', async () => {
    const dir = scratch();
    const path = join(dir, 'state.json');
    writeFileSync(path, JSON.stringify(emptyState()));
    chmodSync(path, 0o000);
    await failsWith({ STATE_PATH: path }, /cannot be read \(mode 0000\); fix: /);
  });

  it('a symlink to nothing', async () => {
    const dir = scratch();
    symlinkSync(join(dir, 'missing.json'), join(dir, 'state.json'));
    await failsWith(
      { STATE_PATH: join(dir, 'state.json') },
      /is a symbolic link to something that does not exist/,
    );
  });
});

describe('a symlinked state file', () => {
  it('is followed: the file it points to is updated, and the link stays a link', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'state.json');
    writeFileSync(real, JSON.stringify(emptyState()));
    const link = join(dir, 'state.json');
    symlinkSync(real, link);
    const child = new BotProcess({ env: { STATE_PATH: link } });
    child.endInput('/deal subscribe reminders\n');
    expect((await child.exited).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const saved = JSON.parse(readFileSync(real, 'utf8')) as { subscriptions: unknown[] };
    expect(saved.subscriptions).toHaveLength(1);
  });
});
