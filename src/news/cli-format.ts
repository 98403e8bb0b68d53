import { feedText } from '../core/news/answers.js';
import type { Relevance } from '../core/news/relevance.js';
import { fetchAndParse } from './fetch-and-parse.js';
import { entryLink } from './news-item.js';
import type { FeedEntry } from './parse-feed.js';
import type { NewsJudge, PollReport } from './poll.js';
import type { NewsWatchConfig } from './watch-config.js';

/** What `npm run news` prints for people (the --json form is in src/news-command.ts). */

type NameOf = (id: string) => string;

const CANDIDATE = 'candidate to curate: no fact-base source cites it';

export function formatFetch(report: PollReport, nameOf: NameOf): string {
  const failed = report.errors.length;
  const lines = [
    `${report.feeds.length} feed${report.feeds.length === 1 ? '' : 's'} fetched: ${report.feeds.length - failed} read, ${failed} failed.`,
    report.matched.length
      ? `${report.matched.length} report${report.matched.length === 1 ? '' : 's'} about the deal:`
      : 'No report about the deal.',
  ];
  for (const { item, candidate } of report.matched) {
    lines.push(
      `  [${item.score.toFixed(2)}] ${feedText(item.title)}`,
      `         ${item.link}`,
      `         ${[item.publisher, item.published?.slice(0, 10)].filter(Boolean).join(' · ')}; mentions: ${item.matched.map(nameOf).join(', ')}`,
    );
    if (candidate) lines.push(`         ${CANDIDATE}`);
  }
  if (failed) {
    lines.push('Failed feeds (skipped; the others were read):');
    for (const e of report.errors) lines.push(`  ${e.feed}: ${e.error}`);
  }
  return `${lines.join('\n')}\n`;
}

export type CheckResult =
  | {
      kind: 'ok';
      format: string;
      title?: string;
      bytes: number;
      entries: Array<{ entry: FeedEntry; link: string | null; relevance: Relevance; candidate: boolean }>;
    }
  | { kind: 'error'; error: string; message: string };

export async function checkFeed(
  url: string,
  config: NewsWatchConfig,
  judge: NewsJudge,
): Promise<CheckResult> {
  const fetched = await fetchAndParse(url, config);
  if (fetched.kind === 'not-modified')
    return { kind: 'error', error: 'http-status', message: 'HTTP 304 to an unconditional request' };
  if (fetched.kind === 'error') return { kind: 'error', error: fetched.error, message: fetched.message };
  return {
    kind: 'ok',
    format: fetched.feed.format,
    ...(fetched.feed.title ? { title: fetched.feed.title } : {}),
    bytes: fetched.bytes,
    entries: fetched.feed.entries.map((entry) => {
      const link = entryLink(entry, url);
      return {
        entry,
        link,
        relevance: judge.relevance.judge(entry.title, entry.summary),
        candidate: link !== null && !judge.covered(link),
      };
    }),
  };
}

export function formatCheck(url: string, result: CheckResult, nameOf: NameOf): string {
  if (result.kind === 'error') return `${url}: cannot be read: ${result.error}: ${result.message}\n`;
  const matched = result.entries.filter((e) => e.relevance.relevant && e.link);
  const lines = [
    `${url}: ${result.format} feed${result.title ? ` "${feedText(result.title, 120)}"` : ''}, ${result.bytes} bytes, ${result.entries.length} entries, ${matched.length} about the deal.`,
  ];
  for (const { entry, link, relevance, candidate } of result.entries) {
    const mark = relevance.relevant && link ? 'MATCH' : 'skip ';
    lines.push(`  ${mark} [${relevance.score.toFixed(2)}] ${feedText(entry.title)}`);
    const why = [
      relevance.matched.length
        ? `names: ${relevance.matched.map(nameOf).join(', ')}`
        : 'names nothing in the fact base',
      relevance.foreign.length ? `other countries: ${relevance.foreign.join(', ')}` : '',
      `lang ${relevance.lang}`,
      entry.published ? `published ${entry.published}` : 'no date',
      link ? '' : 'no usable link',
    ].filter(Boolean);
    lines.push(`         ${why.join('; ')}`);
    if (relevance.relevant && link && candidate) lines.push(`         ${CANDIDATE}`);
  }
  return `${lines.join('\n')}\n`;
}
