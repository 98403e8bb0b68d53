import { spawn } from 'node:child_process';
import { startFeedServer } from '../fakes/feeds/feed-server.js';

/**
 * `npm run bench -- news`: `npm run news -- fetch --json` over a mix of good, broken, hostile, slow
 * and huge feeds on a local server (test/fakes/feeds), at the default limits (10 s timeout, 5 MB
 * cap): wall time and peak memory (RSS) of the whole command, three runs.
 */
const server = await startFeedServer();
const FEEDS = [
  '/rss-en.xml', // good
  '/atom-ja.xml',
  '/feed.json',
  '/slow.xml', // good, 1.5 s
  '/big.xml', // good, about 4 MB
  '/malformed.xml', // broken
  '/missing.xml',
  '/bomb.xml', // hostile
  '/xxe.xml',
  '/redirect/9',
  '/hang.xml', // hangs: the 10 s timeout ends it
  '/huge.xml', // 8 MB: the 5 MB cap ends it
];
const env = {
  ...process.env,
  NEWS_FEEDS: FEEDS.map((p) => server.url(p)).join(','),
  NEWS_DENY_PRIVATE: 'off',
  LOG_LEVEL: '',
};
const rows: Array<{ seconds: number; rssMb: number; items: number; errors: number }> = [];
for (let run = 0; run < 3; run++) {
  // The feeds are served by this process: the command runs as an asynchronous child.
  const r = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      '/usr/bin/time',
      ['-f', '%e %M', process.execPath, '--import', 'tsx', 'src/news-cli.ts', 'fetch', '--json'],
      { env },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', () => resolve({ stdout, stderr }));
  });
  const [seconds, kb] = String(r.stderr).trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  const json = JSON.parse(String(r.stdout)) as { items: unknown[]; errors: unknown[] };
  rows.push({
    seconds: seconds ?? Number.NaN,
    rssMb: Math.round((kb ?? 0) / 1024),
    items: json.items.length,
    errors: json.errors.length,
  });
}
console.table(rows);
await server.close();
