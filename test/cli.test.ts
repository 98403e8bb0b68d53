import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

async function ask(
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(TSX, ['src/cli.ts', ...args], { encoding: 'utf8' });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ask', () => {
  it('prints the answer text', async () => {
    const r = await ask(['--now', '2026-11-26', "what's the biggest project?"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The largest project');
    expect(r.stdout).toMatch(/up to \$100 billion/);
  });

  it('--json prints the whole Answer as one object', async () => {
    const r = await ask(['--json', '--now', '2026-02-01T09:00:00Z', 'next']);
    const a = JSON.parse(r.stdout);
    expect(a.intent).toBe('next');
    // On February 1 the PM's spring visit is known; Akazawa's trip (announced February 10) is not.
    expect(a.facts[0]).toBe('pm-white-house-visit');
    expect(a.facts).not.toContain('akazawa-washington-visit');
  });

  it('--lang ja answers in Japanese; unknown questions still exit 0', async () => {
    const r = await ask(['--lang', 'ja', 'what is the exchange rate assumed?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('分かりません');
  });

  it('--stdin --json answers one question per line, in order', async () => {
    const r = await ask(
      ['--stdin', '--json', '--now', '2026-11-26'],
      'projects\nwho is lutnick\n\nsectors\n',
    );
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((a) => a.intent)).toEqual(['projects.list', 'who.person', 'help', 'sectors.list']);
  });

  it('--stdin treats every line alone; --conversation makes the lines one conversation', async () => {
    const lines = 'list the first tranche projects\nwhat about the 2nd one\n';
    const alone = await ask(['--stdin', '--json', '--now', '2026-11-26'], lines);
    const talk = await ask(['--stdin', '--conversation', '--json', '--now', '2026-11-26'], lines);
    const second = (out: string) => JSON.parse(out.trim().split('\n')[1] ?? '{}') as { text: string };
    expect(second(alone.stdout).text).not.toContain('$2.1 billion');
    expect(second(talk.stdout).text).toContain('$2.1 billion');
  });

  it('bad usage exits 2 with a clear message', async () => {
    const bad = await ask(['--now', 'yesterday', 'next']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--now "yesterday" is not an ISO 8601 date/);
    const none = await ask([]);
    expect(none.code).toBe(2);
    const lang = await ask(['--lang', 'fr', 'next']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toMatch(/--lang must be en or ja/);
  });
});
