import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local news-feed server on 127.0.0.1 for tests: the fixtures in test/fixtures/news, plus the
 * hostile and broken cases a feed watcher meets (404, a feed that hangs, one larger than any cap,
 * redirects, 429 with Retry-After, 304 on a conditional request). It records every request.
 */

export interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  url(path: string): string;
  readonly requests: FeedRequest[];
  /** Replaces (or adds) a route's body: a feed that changes between polls. */
  setBody(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

const FIXTURES = 'test/fixtures/news';
const XML = 'application/rss+xml; charset=utf-8';

function fixture(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, 'utf8');
}

/** A byte count larger than any cap the tests set (the body is streamed, never built whole). */
export const HUGE_BYTES = 8 * 1024 * 1024;
/** How long /slow.xml waits before it answers. */
export const SLOW_MS = 1_500;

export async function startFeedServer(): Promise<FeedServer> {
  const requests: FeedRequest[] = [];
  const bodies = new Map<string, { body: string; type: string }>([
    ['/rss-en.xml', { body: fixture('rss-en.xml'), type: XML }],
    ['/atom-ja.xml', { body: fixture('atom-ja.xml'), type: 'application/atom+xml' }],
    ['/feed.json', { body: fixture('feed.json'), type: 'application/feed+json' }],
    ['/malformed.xml', { body: fixture('malformed.xml'), type: XML }],
    ['/bomb.xml', { body: fixture('bomb.xml'), type: XML }],
    ['/xxe.xml', { body: fixture('xxe.xml'), type: XML }],
  ]);
  const hanging = new Set<ServerResponse>();

  function etagOf(body: string): string {
    let h = 0;
    for (let i = 0; i < body.length; i++) h = (h * 31 + body.charCodeAt(i)) | 0;
    return `"${(h >>> 0).toString(16)}"`;
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const known = bodies.get(path);
    if (known) {
      const etag = etagOf(known.body);
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, {
        'content-type': known.type,
        etag,
        'last-modified': 'Sat, 05 Dec 2026 10:00:00 GMT',
      });
      res.end(known.body);
      return;
    }
    if (path === '/hang.xml') {
      // Headers, a first line, then nothing: only the client's deadline ends it.
      res.writeHead(200, { 'content-type': XML });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      hanging.add(res);
      return;
    }
    if (path === '/silent.xml') {
      hanging.add(res);
      return;
    }
    if (path === '/huge.xml') {
      // No Content-Length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': XML });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
      const item = `<item><title>Akazawa ${'x'.repeat(1000)}</title><link>https://huge.example.com/</link></item>`;
      let sent = 0;
      const pump = () => {
        while (sent < HUGE_BYTES) {
          sent += item.length;
          if (!res.write(item)) return void res.once('drain', pump);
        }
        res.end('</channel></rss>');
      };
      res.on('error', () => undefined);
      pump();
      return;
    }
    if (path === '/slow.xml') {
      // A good feed that takes its time (under any sane timeout).
      setTimeout(() => {
        res.writeHead(200, { 'content-type': XML });
        res.end(fixture('rss-en.xml'));
      }, SLOW_MS);
      return;
    }
    if (path === '/big.xml') {
      // A large but allowed feed (about 4 MB): hundreds of long unrelated entries, then a deal story.
      res.writeHead(200, { 'content-type': XML });
      const filler = (n: number) =>
        `<item><title>Market wrap ${n}</title><link>https://big.example.com/${n}</link><description>${'Stocks moved. '.repeat(900)}</description></item>`;
      const items = Array.from({ length: 320 }, (_, n) => filler(n)).join('');
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><item><title>Akazawa and Lutnick review the $550 billion pledge</title><link>https://big.example.com/deal</link></item>${items}</channel></rss>`,
      );
      return;
    }
    if (path === '/declared-huge.xml') {
      res.writeHead(200, { 'content-type': XML, 'content-length': String(HUGE_BYTES) });
      res.end();
      return;
    }
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(302, { location: n > 1 ? `/redirect/${n - 1}` : '/rss-en.xml' }).end();
      return;
    }
    if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' }).end();
      return;
    }
    if (path === '/rate-limited.xml') {
      res.writeHead(429, { 'retry-after': '120' }).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    setBody(path, body, type = XML) {
      bodies.set(path, { body, type });
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
