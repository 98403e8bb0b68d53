import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress } from './address-policy.js';

/**
 * Fetches one feed politely and safely: a conditional GET (ETag, Last-Modified) naming the bot
 * in User-Agent; http and https only; at most `maxRedirects` redirects, each checked again; one
 * deadline for the whole fetch; a size cap enforced while the body streams in (never buffered
 * past it); optionally no private, loopback or link-local addresses, checked on the address
 * actually connected to (so DNS cannot point a public name at an internal host).
 */

export interface FetchFeedOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  denyPrivate: boolean;
  etag?: string;
  lastModified?: string;
  signal?: AbortSignal;
  /** For Retry-After given as an HTTP date. */
  now?: () => number;
}

export type FeedErrorKind =
  | 'bad-url'
  | 'denied-address'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'rate-limited'
  | 'network'
  | 'malformed';

export type FetchFeedResult =
  | {
      kind: 'ok';
      body: Buffer;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      /** The URL the body came from (after redirects). */
      url: string;
    }
  | { kind: 'not-modified' }
  | { kind: 'error'; error: FeedErrorKind; message: string; status?: number; retryAfterMs?: number };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_RETRY_AFTER_MS = 86_400_000;

class FetchError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After in milliseconds: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - nowMs;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

function guardedLookup(denyPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const list = addresses.filter((a) => !denyPrivate || !isPrivateAddress(a.address));
      if (!list.length) {
        const denied = new Error(`${hostname} resolves only to private or local addresses`);
        (denied as NodeJS.ErrnoException).code = 'EDENIED';
        return callback(denied, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

function checkUrl(raw: string, denyPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('bad-url', `not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError('bad-url', `only http and https feeds are fetched, not ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (denyPrivate && isIP(host) && isPrivateAddress(host))
    throw new FetchError('denied-address', `${host} is a private or local address (NEWS_DENY_PRIVATE)`);
  return url;
}

function request(
  url: URL,
  headers: Record<string, string>,
  options: FetchFeedOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      headers,
      lookup: guardedLookup(options.denyPrivate),
      signal,
    });
    req.on('response', resolve);
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (signal.aborted)
        reject(new FetchError('timeout', `no complete answer within ${options.timeoutMs} ms`));
      else if (error.code === 'EDENIED') reject(new FetchError('denied-address', error.message));
      else reject(new FetchError('network', error.code ? `${error.code}: ${error.message}` : error.message));
    });
    req.end();
  });
}

function readCapped(
  res: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        reject(new FetchError('too-large', `larger than the ${maxBytes}-byte cap (NEWS_MAX_BYTES)`));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks, size)));
    res.on('error', (error) =>
      reject(
        signal.aborted
          ? new FetchError('timeout', `no complete answer within ${timeoutMs} ms`)
          : new FetchError('network', error.message),
      ),
    );
    res.on('close', () => {
      if (res.complete) return;
      reject(
        signal.aborted
          ? new FetchError('timeout', `no complete answer within ${timeoutMs} ms`)
          : new FetchError('network', 'the connection closed mid-body'),
      );
    });
  });
}

export async function fetchFeed(feedUrl: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const now = options.now ?? Date.now;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'accept-encoding': 'identity',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    let url = checkUrl(feedUrl, options.denyPrivate);
    for (let hop = 0; ; hop++) {
      const res = await request(url, headers, options, signal);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        res.resume();
        const location = res.headers.location;
        if (!location) throw new FetchError('http-status', `HTTP ${status} without a Location`, status);
        if (hop >= options.maxRedirects)
          throw new FetchError('too-many-redirects', `more than ${options.maxRedirects} redirects`, status);
        url = checkUrl(new URL(location, url).toString(), options.denyPrivate);
        continue;
      }
      if (status === 304) {
        res.resume();
        return { kind: 'not-modified' };
      }
      if (status < 200 || status > 299) {
        res.resume();
        const wait = retryAfterMs(res.headers['retry-after'], now());
        const kind =
          status === 429 || (status === 503 && wait !== undefined) ? 'rate-limited' : 'http-status';
        throw new FetchError(kind, `HTTP ${status}`, status, wait);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        res.destroy();
        throw new FetchError(
          'too-large',
          `declares ${declared} bytes, over the ${options.maxBytes}-byte cap (NEWS_MAX_BYTES)`,
        );
      }
      const body = await readCapped(res, options.maxBytes, signal, options.timeoutMs);
      const etag = res.headers.etag;
      const lastModified = res.headers['last-modified'];
      const contentType = res.headers['content-type'];
      return {
        kind: 'ok',
        body,
        url: url.toString(),
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
        ...(contentType ? { contentType } : {}),
      };
    }
  } catch (error) {
    if (error instanceof FetchError) {
      return {
        kind: 'error',
        error: error.kind,
        message: error.message,
        ...(error.status !== undefined ? { status: error.status } : {}),
        ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      };
    }
    if (signal.aborted)
      return {
        kind: 'error',
        error: 'timeout',
        message: `no complete answer within ${options.timeoutMs} ms`,
      };
    return { kind: 'error', error: 'network', message: (error as Error).message };
  }
}
