import { parseFeed as parseAnyFeed } from 'feedsmith';

/**
 * A feed's text to entries, through feedsmith (RSS 0.9x/2.0, RDF, Atom, JSON Feed). feedsmith runs
 * fast-xml-parser with entity processing off: a DOCTYPE's entities are never expanded and an
 * external entity fails the parse, so entity bombs and XXE do nothing. HTML in summaries is
 * reduced to text.
 */

export interface FeedEntry {
  guid?: string;
  link?: string;
  title: string;
  summary?: string;
  /** ISO instant, when the feed gives a readable date. */
  published?: string;
}

export interface ParsedFeed {
  format: string;
  title?: string;
  entries: FeedEntry[];
}

/** Entries read from one feed, at most (a feed of thousands is cut, not refused). */
export const MAX_ENTRIES = 300;
const MAX_SUMMARY = 2_000;

export type ParseFeedResult = { ok: true; feed: ParsedFeed } | { ok: false; message: string };

type Loose = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = (value as Loose).value ?? (value as Loose)['#text'];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

const TAG = /<[^>]*>/g;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML (or escaped HTML) to one line of text. */
export function plainText(html: string | undefined, max = MAX_SUMMARY): string | undefined {
  if (!html) return undefined;
  const out = html
    .slice(0, max * 4)
    .replace(TAG, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITY[name] ?? '')
    .replace(/&#(\d{1,7});/g, (_, n: string) => safeChar(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => safeChar(Number.parseInt(n, 16)))
    .replace(TAG, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return out ? out.slice(0, max) : undefined;
}

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

function isoDate(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const ms = Date.parse(raw.trim());
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const list = links as Loose[];
  const alternate = list.find((l) => l.rel === undefined || l.rel === 'alternate') ?? list[0];
  return typeof alternate?.href === 'string' ? alternate.href : undefined;
}

function entry(raw: Loose, format: string): FeedEntry | null {
  const dc = (raw.dc ?? {}) as Loose;
  let e: { [K in keyof FeedEntry]: string | undefined };
  if (format === 'atom') {
    e = {
      guid: text(raw.id),
      link: atomLink(raw.links),
      title: plainText(text(raw.title), 500),
      summary: plainText(text(raw.summary) ?? text(raw.content)),
      published: isoDate(raw.published) ?? isoDate(raw.updated),
    };
  } else if (format === 'json') {
    e = {
      guid: text(raw.id),
      link: text(raw.url) ?? text(raw.external_url),
      title: plainText(text(raw.title), 500),
      summary: plainText(text(raw.summary) ?? text(raw.content_text) ?? text(raw.content_html)),
      published: isoDate(raw.date_published) ?? isoDate(raw.date_modified),
    };
  } else {
    e = {
      guid: text(raw.guid),
      link: text(raw.link),
      title: plainText(text(raw.title), 500),
      summary: plainText(text(raw.description) ?? text((raw.content as Loose | undefined)?.encoded)),
      published: isoDate(raw.pubDate) ?? isoDate(dc.date) ?? isoDate(dc.dates),
    };
  }
  const title = e.title ?? e.summary?.slice(0, 200);
  if (!title || (!e.link && !e.guid)) return null;
  return {
    title,
    ...(e.guid ? { guid: e.guid.trim() } : {}),
    ...(e.link ? { link: e.link.trim() } : {}),
    ...(e.summary ? { summary: e.summary } : {}),
    ...(e.published ? { published: e.published } : {}),
  };
}

export function parseFeedText(body: string): ParseFeedResult {
  let result: { format: string; feed: Loose };
  try {
    result = parseAnyFeed(body, { maxItems: MAX_ENTRIES }) as unknown as { format: string; feed: Loose };
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message;
    return {
      ok: false,
      message: `not a readable RSS, Atom or JSON feed (${cause ?? (error as Error).message})`,
    };
  }
  const { format, feed } = result;
  const list = (format === 'atom' ? feed.entries : feed.items) ?? [];
  const entries: FeedEntry[] = [];
  for (const raw of Array.isArray(list) ? list : []) {
    const e = entry(raw as Loose, format);
    if (e) entries.push(e);
    if (entries.length >= MAX_ENTRIES) break;
  }
  const title = plainText(text(feed.title), 200);
  return { ok: true, feed: { format, ...(title ? { title } : {}), entries } };
}
