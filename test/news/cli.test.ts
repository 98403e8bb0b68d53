import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNewsCli } from '../../src/news-command.js';
import { type FeedServer, startFeedServer } from '../fakes/feeds/feed-server.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const GOOD = ['/rss-en.xml', '/atom-ja.xml', '/feed.json'];
const BAD = ['/malformed.xml', '/bomb.xml', '/xxe.xml', '/missing.xml', '/hang.xml', '/huge.xml'];

function env(paths: string[]): Record<string, string> {
  return {
    NEWS_FEEDS: paths.map((p) => server.url(p)).join(','),
    NEWS_DENY_PRIVATE: 'off',
    NEWS_TIMEOUT: '1s',
    NEWS_MAX_BYTES: '300000',
  };
}

async function run(argv: string[], vars: Record<string, string>) {
  let out = '';
  let err = '';
  const code = await runNewsCli(argv, {
    env: vars,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe('npm run news -- fetch', () => {
  it('--json prints exactly one JSON object: every deal item, each failing feed named, exit 0', async () => {
    const { code, out } = await run(['fetch', '--json'], env([...GOOD, ...BAD]));
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(out) as {
      items: Array<Record<string, unknown>>;
      errors: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json)).toEqual(['items', 'errors']);
    expect(json.items).toHaveLength(6);
    for (const item of json.items)
      expect(Object.keys(item)).toEqual(['feed', 'title', 'url', 'published', 'score', 'matched']);
    expect(json.items[0]).toEqual({
      feed: server.url('/rss-en.xml'),
      title: "Japan's $550 billion US investment pledge: first projects named",
      url: 'https://wire.example.com/2026/12/05/first-projects',
      published: '2026-12-05T09:00:00.000Z',
      score: 1,
      matched: expect.arrayContaining(['deal']),
    });
    const titles = json.items.map((i) => i.title);
    for (const unrelated of [
      'Tokyo weather',
      'South Korea',
      'SoftBank shares',
      'Texas',
      'Canberra',
      '東京で大雪',
      '韓国',
    ])
      expect(titles.join('\n')).not.toContain(unrelated);
    expect(json.errors.map((e) => Object.keys(e))).toEqual(Array(5).fill(['feed', 'error']));
    expect(json.errors.map((e) => String(e.feed).replace(/^.*\d\//, '/'))).toEqual([
      '/malformed.xml',
      '/xxe.xml',
      '/missing.xml',
      '/hang.xml',
      '/huge.xml',
    ]);
    expect(String(json.errors[3]?.error)).toMatch(/^timeout: /);
  });

  it('prints the reports for people, flagging candidates to curate and the failed feeds', async () => {
    const { code, out } = await run(['fetch'], env(['/atom-ja.xml', '/missing.xml']));
    expect(code).toBe(0);
    expect(out).toContain('2 feeds fetched: 1 read, 1 failed.');
    expect(out).toContain('2 reports about the deal:');
    expect(out).toContain('赤沢経産相、ラトニック商務長官と会談 最初の案件を協議');
    expect(out).toContain('candidate to curate: no fact-base source cites it');
    expect(out).toMatch(/mentions: .*Ryosei Akazawa, Howard Lutnick/);
    expect(out).toMatch(/missing\.xml: http-status: HTTP 404/);
  });

  it('with no feeds configured, prints an empty result and says why', async () => {
    const { code, out } = await run(['fetch', '--json'], {});
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ items: [], errors: [] });
  });

  it('exits 2 on bad usage, naming the fault and the usage', async () => {
    for (const argv of [[], ['fetch', '--xml'], ['check'], ['check', 'a', 'b'], ['poll']]) {
      const { code, err } = await run(argv, {});
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('usage:');
    }
  });

  it('exits 1 on an invalid configuration, naming the variable', async () => {
    const { code, err } = await run(['fetch'], { NEWS_FEEDS: 'gopher://old.example' });
    expect(code).toBe(1);
    expect(err).toContain('NEWS_FEEDS');
  });
});

describe('npm run news -- check', () => {
  it('shows how a feed parses and which entries match, and why', async () => {
    const { code, out } = await run(['check', server.url('/rss-en.xml')], env([]));
    expect(code).toBe(0);
    expect(out).toContain('rss feed "Example Wire"');
    expect(out).toContain('7 entries, 3 about the deal.');
    expect(out).toMatch(/MATCH \[1\.00\] Japan's \$550 billion/);
    expect(out).toMatch(/skip {2}\[0\.\d\d\] Lutnick says South Korea trade deal/);
    expect(out).toContain('other countries: KP, KR');
    expect(out).toMatch(/skip {2}\[0\.00\] Tokyo weather|skip {2}\[0\.\d\d\] Tokyo weather/);
  });

  it('says why a feed cannot be read, and exits 1', async () => {
    const { code, out } = await run(['check', server.url('/bomb.xml').replace('bomb', 'missing')], env([]));
    expect(code).toBe(1);
    expect(out).toContain('cannot be read: http-status: HTTP 404');
  });
});

describe('npm run news (the real command, in a child process)', () => {
  it('prints one JSON object on stdout and exits 0 with failing feeds', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/news-cli.ts', 'fetch', '--json'], {
      env: { ...process.env, ...env(['/feed.json', '/missing.xml']), LOG_LEVEL: '' },
      timeout: 60_000,
    });
    const json = JSON.parse(stdout) as { items: unknown[]; errors: unknown[] };
    expect(json.items).toHaveLength(2);
    expect(json.errors).toHaveLength(1);
  });
});
