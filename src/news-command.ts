import { readFactBaseFile } from './app/factbase-file.js';
import { loadConfig } from './config.js';
import { createEngine } from './core/engine/index.js';
import { checkFeed, formatCheck, formatFetch } from './news/cli-format.js';
import { judgeSource } from './news/judge.js';
import { forLog } from './news/log-url.js';
import { pollFeeds } from './news/poll.js';
import { NEWS_DEFAULTS, type NewsWatchConfig, USER_AGENT } from './news/watch-config.js';
import { createLogger } from './ops/logger.js';
import { createMemoryStore } from './store/memory-store.js';
import { createStateNewsStore } from './store/news-state.js';

/**
 * `npm run news -- fetch [--json]`: fetches every NEWS_FEEDS feed once and prints the reports about
 * the deal (nothing is posted or stored). `npm run news -- check <url>`: how one feed parses and
 * which of its entries match. Exit 0 when it ran (even with failing feeds), 1 when `check` could not
 * read its feed or the configuration/fact base is invalid, 2 on bad usage.
 */

export const USAGE = `usage:
  npm run news -- fetch [--json]   fetch every NEWS_FEEDS feed once; print the reports about the deal
  npm run news -- check <url>      show how one feed parses and which entries match
The fact base is FACTS_PATH; limits come from NEWS_TIMEOUT, NEWS_MAX_BYTES and NEWS_DENY_PRIVATE (.env.example).`;

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  clock?: () => Date;
}

type Parsed = { command: 'fetch'; json: boolean } | { command: 'check'; url: string } | { command: 'help' };

export function parseNewsArgs(
  argv: readonly string[],
): { ok: true; value: Parsed } | { ok: false; error: string } {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h')
    return { ok: true, value: { command: 'help' } };
  if (command === 'fetch') {
    const unknown = rest.filter((a) => a !== '--json');
    if (unknown.length) return { ok: false, error: `fetch takes only --json, not ${unknown.join(' ')}` };
    return { ok: true, value: { command: 'fetch', json: rest.includes('--json') } };
  }
  if (command === 'check') {
    if (rest.length !== 1 || !rest[0] || rest[0].startsWith('-'))
      return { ok: false, error: 'check takes exactly one feed URL' };
    return { ok: true, value: { command: 'check', url: rest[0] } };
  }
  return { ok: false, error: command ? `unknown command "${command}"` : 'no command given' };
}

export async function runNewsCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseNewsArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.value.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    io.stderr.write(`invalid configuration:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return 1;
  }
  const { config } = loaded;
  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(await readFactBaseFile(config.factsPath));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const judge = judgeSource({ current: () => engine });
  const watch: NewsWatchConfig = {
    ...config.news,
    maxRedirects: NEWS_DEFAULTS.maxRedirects,
    concurrency: NEWS_DEFAULTS.concurrency,
    userAgent: USER_AGENT,
  };
  const clock = io.clock ?? (() => new Date());
  if (parsed.value.command === 'check') {
    const result = await checkFeed(parsed.value.url, watch, judge());
    io.stdout.write(formatCheck(parsed.value.url, result, (id) => engine.knowledge.nameOf(id, 'en')));
    return result.kind === 'error' ? 1 : 0;
  }
  const logger = createLogger(io.env.LOG_LEVEL ? config.logLevel : 'silent', process.stderr);
  if (!watch.feeds.length && !parsed.value.json)
    io.stderr.write('NEWS_FEEDS lists no feeds: nothing to fetch (see docs/news.md)\n');
  const report = await pollFeeds(watch, {
    store: createStateNewsStore(createMemoryStore()),
    judge,
    clock,
    logger,
    stateful: false,
  });
  if (parsed.value.json) {
    const json = {
      items: report.matched.map(({ item }) => ({
        feed: forLog(item.feed),
        title: item.title,
        url: item.link,
        published: item.published ?? null,
        score: item.score,
        matched: item.matched,
      })),
      errors: report.errors,
    };
    io.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    io.stdout.write(formatFetch(report, (id) => engine.knowledge.nameOf(id, 'en')));
  }
  return 0;
}
