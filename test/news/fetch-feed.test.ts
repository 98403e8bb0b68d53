import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/news/address-policy.js';
import { fetchAndParse } from '../../src/news/fetch-and-parse.js';
import { fetchFeed, retryAfterMs } from '../../src/news/fetch-feed.js';
import { forLog } from '../../src/news/log-url.js';
import { type FeedServer, startFeedServer } from '../fakes/feeds/feed-server.js';

const LIMITS = { timeoutMs: 1_500, maxBytes: 1_000_000, maxRedirects: 5, denyPrivate: false };
const options = { ...LIMITS, userAgent: 'deal-bot-test/1' };

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

describe('fetchFeed: polite', () => {
  it('names the bot in User-Agent and asks for feeds, uncompressed', async () => {
    const result = await fetchFeed(server.url('/rss-en.xml'), options);
    expect(result.kind).toBe('ok');
    const req = server.requests.findLast((r) => r.path === '/rss-en.xml');
    expect(req?.headers['user-agent']).toBe('deal-bot-test/1');
    expect(req?.headers.accept).toContain('application/rss+xml');
    expect(req?.headers['accept-encoding']).toBe('identity');
  });

  it('sends the validators back: the second poll of an unchanged feed is a 304', async () => {
    const first = await fetchFeed(server.url('/atom-ja.xml'), options);
    if (first.kind !== 'ok') throw new Error(first.kind);
    expect(first.etag).toMatch(/^".+"$/);
    expect(first.lastModified).toBe('Sat, 05 Dec 2026 10:00:00 GMT');
    const second = await fetchFeed(server.url('/atom-ja.xml'), {
      ...options,
      ...(first.etag ? { etag: first.etag } : {}),
      ...(first.lastModified ? { lastModified: first.lastModified } : {}),
    });
    expect(second).toEqual({ kind: 'not-modified' });
    const req = server.requests.findLast((r) => r.path === '/atom-ja.xml');
    expect(req?.headers['if-none-match']).toBe(first.etag);
    expect(req?.headers['if-modified-since']).toBe(first.lastModified);
  });

  it('reads Retry-After as seconds or as an HTTP date, capped at a day', () => {
    const now = Date.parse('2026-12-05T12:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sat, 05 Dec 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(retryAfterMs('9999999', now)).toBe(86_400_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it('reports a 429 as rate-limited with its Retry-After', async () => {
    expect(await fetchFeed(server.url('/rate-limited.xml'), options)).toMatchObject({
      kind: 'error',
      error: 'rate-limited',
      status: 429,
      retryAfterMs: 120_000,
    });
  });
});

describe('fetchFeed: safe', () => {
  it('follows up to five redirects and refuses a sixth', async () => {
    expect((await fetchFeed(server.url('/redirect/5'), options)).kind).toBe('ok');
    expect(await fetchFeed(server.url('/redirect/6'), options)).toMatchObject({
      kind: 'error',
      error: 'too-many-redirects',
    });
  });

  it('fetches only http and https, also after a redirect', async () => {
    expect(await fetchFeed('file:///etc/passwd', options)).toMatchObject({ kind: 'error', error: 'bad-url' });
    expect(await fetchFeed('ftp://example.com/feed', options)).toMatchObject({
      kind: 'error',
      error: 'bad-url',
    });
    expect(await fetchFeed(server.url('/to-file'), options)).toMatchObject({
      kind: 'error',
      error: 'bad-url',
    });
    expect(await fetchFeed('not a url', options)).toMatchObject({ kind: 'error', error: 'bad-url' });
  });

  it('denies private addresses when told to, by literal and by name', async () => {
    const deny = { ...options, denyPrivate: true };
    expect(await fetchFeed(server.url('/rss-en.xml'), deny)).toMatchObject({
      kind: 'error',
      error: 'denied-address',
    });
    const byName = server.url('/rss-en.xml').replace('127.0.0.1', 'localhost');
    expect(await fetchFeed(byName, deny)).toMatchObject({ kind: 'error', error: 'denied-address' });
    expect(await fetchFeed('http://[::1]:9/feed', deny)).toMatchObject({
      kind: 'error',
      error: 'denied-address',
    });
    expect(await fetchFeed('http://169.254.169.254/latest/meta-data', deny)).toMatchObject({
      error: 'denied-address',
    });
  });

  it("never shows a feed's credentials in logs or error lists", () => {
    expect(forLog('https://reader:s3cret@feeds.example.com/rss?x=1')).toBe(
      'https://feeds.example.com/rss?x=1',
    );
    expect(forLog('https://feeds.example.com/rss')).toBe('https://feeds.example.com/rss');
  });

  it('knows the private, local and reserved ranges', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:10.0.0.1',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it('gives up on a feed that hangs, mid-body or before any byte, at the deadline', async () => {
    const quick = { ...options, timeoutMs: 300 };
    expect(await fetchFeed(server.url('/hang.xml'), quick)).toMatchObject({
      kind: 'error',
      error: 'timeout',
    });
    expect(await fetchFeed(server.url('/silent.xml'), quick)).toMatchObject({
      kind: 'error',
      error: 'timeout',
    });
  });

  it('stops reading a feed larger than the cap while it streams, and refuses a declared one at once', async () => {
    const small = { ...options, maxBytes: 200_000, timeoutMs: 5_000 };
    expect(await fetchFeed(server.url('/huge.xml'), small)).toMatchObject({
      kind: 'error',
      error: 'too-large',
    });
    expect(await fetchFeed(server.url('/declared-huge.xml'), small)).toMatchObject({
      kind: 'error',
      error: 'too-large',
    });
  });

  it('reports a 404 as an HTTP status error', async () => {
    expect(await fetchFeed(server.url('/missing.xml'), options)).toMatchObject({
      kind: 'error',
      error: 'http-status',
      status: 404,
    });
  });
});

describe('fetchAndParse', () => {
  it('reads RSS, Atom and JSON Feed, English and Japanese', async () => {
    const rss = await fetchAndParse(server.url('/rss-en.xml'), LIMITS);
    const atom = await fetchAndParse(server.url('/atom-ja.xml'), LIMITS);
    const json = await fetchAndParse(server.url('/feed.json'), LIMITS);
    if (rss.kind !== 'ok' || atom.kind !== 'ok' || json.kind !== 'ok')
      throw new Error('a fixture did not parse');
    expect(rss.feed).toMatchObject({ format: 'rss', title: 'Example Wire' });
    expect(rss.feed.entries).toHaveLength(7);
    expect(rss.feed.entries[0]).toEqual({
      title: "Japan's $550 billion US investment pledge: first projects named",
      guid: 'wire-1001',
      link: 'https://wire.example.com/2026/12/05/first-projects?utm_source=rss&utm_medium=feed',
      summary: 'Officials in Tokyo and Washington said the first candidates would be announced soon.',
      published: '2026-12-05T09:00:00.000Z',
    });
    expect(atom.feed).toMatchObject({ format: 'atom', title: '例ニュース' });
    expect(atom.feed.entries[0]).toMatchObject({
      title: '赤沢経産相、ラトニック商務長官と会談 最初の案件を協議',
      link: 'https://ja.example.jp/news/2001',
      published: '2026-12-05T09:00:00.000Z',
    });
    expect(atom.feed.entries[3]?.summary).toBe('首相のホワイトハウス訪問で投資の進め方を確認する見通し。');
    expect(json.feed).toMatchObject({ format: 'json', title: 'JSON Example' });
    expect(json.feed.entries[1]?.summary).toBe('The leaders meet next spring.');
  });

  it('names malformed XML as malformed', async () => {
    expect(await fetchAndParse(server.url('/malformed.xml'), LIMITS)).toMatchObject({
      kind: 'error',
      error: 'malformed',
    });
  });

  it('never expands an entity bomb: the entity stays text, memory stays flat', async () => {
    const before = process.memoryUsage().heapUsed;
    const bomb = await fetchAndParse(server.url('/bomb.xml'), LIMITS);
    if (bomb.kind !== 'ok') throw new Error(`the bomb feed was refused: ${JSON.stringify(bomb)}`);
    expect(bomb.feed.entries[0]?.title).toBe('Entity bomb &lol9;');
    // A billion laughs expanded would be gigabytes; the parse stays within a few megabytes.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses external entities (XXE): the feed fails to parse, no file is read', async () => {
    const xxe = await fetchAndParse(server.url('/xxe.xml'), LIMITS);
    expect(xxe).toMatchObject({ kind: 'error', error: 'malformed' });
    expect(JSON.stringify(xxe)).not.toContain('root:');
  });
});
