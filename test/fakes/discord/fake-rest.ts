import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../read-body.js';
import { APP_ID } from './ids.js';
import { channelById, nextId, postedMessage } from './payloads.js';

/** One request the bot made to the fake Discord REST API. */
export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, percent-decoded (e.g. /webhooks/1/tok/messages/@original). */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body: Record<string, unknown> | unknown[] | undefined;
  authorized: boolean;
  at: number;
  /** The HTTP status the fake answered. */
  status: number;
}

/** A scripted answer for the next request that matches. */
export interface Scripted {
  method: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get this answer (default 1). */
  times?: number;
}

type Waiter = { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void };

/**
 * The REST half of the fake Discord: records every request body and answers like API v10.
 * Unknown routes get 404 with a Discord error body so a wrong path fails loudly.
 */
export class FakeRest {
  readonly requests: RecordedRequest[] = [];
  private readonly scripted: Scripted[] = [];
  private waiters: Waiter[] = [];

  constructor(private readonly gatewayUrl: () => string) {}

  /** Makes the next matching request(s) get this status and body instead of the default. */
  script(answer: Scripted): void {
    this.scripted.push({ ...answer, times: answer.times ?? 1 });
  }

  /** Resolves with the first request (already made or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return this.next(match, timeoutMs);
  }

  /** Resolves with the next matching request, ignoring those already made (no scan: for benchmarks). */
  next(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`fake Discord REST: no matching request in ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Bodies that carry a message (content, embeds or components): every one must set allowed_mentions. */
  messageBodies(): Array<{ path: string; body: Record<string, unknown> }> {
    const out: Array<{ path: string; body: Record<string, unknown> }> = [];
    for (const r of this.requests) {
      if (!r.body || Array.isArray(r.body)) continue;
      const data = r.path.endsWith('/callback')
        ? (r.body.data as Record<string, unknown> | undefined)
        : r.body;
      if (data && ('embeds' in data || 'content' in data || 'components' in data))
        out.push({ path: r.path, body: data });
    }
    return out;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body: raw ? (JSON.parse(raw) as RecordedRequest['body']) : undefined,
      authorized: typeof req.headers.authorization === 'string',
      at: performance.now(),
      status: 0,
    };
    this.requests.push(record);
    const scripted = this.scripted.find(
      (s) => s.method === record.method && s.path.test(path) && (s.times ?? 0) > 0,
    );
    if (scripted) {
      scripted.times = (scripted.times ?? 1) - 1;
      record.status = scripted.status;
      send(res, scripted.status, scripted.body, scripted.headers);
    } else {
      const [status, body] = this.answer(record);
      record.status = status;
      send(res, status, body);
    }
    const ready = this.waiters.filter((w) => w.match(record));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(record);
  }

  /** The default answer of API v10 to a request: [status, JSON body or undefined]. */
  private answer(r: RecordedRequest): [number, unknown?] {
    const body = (r.body ?? {}) as Record<string, unknown>;
    const route = `${r.method} ${r.path}`;
    if (route === 'GET /gateway/bot') {
      const limit = { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 };
      return [200, { url: this.gatewayUrl(), shards: 1, session_start_limit: limit }];
    }
    if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(route)) {
      return r.query.get('with_response') === 'true'
        ? [200, { interaction: { id: nextId(), type: 2 } }]
        : [204];
    }
    if (/^(PATCH|POST) \/webhooks\/\d+\/[^/]+(\/messages\/(@original|\d+))?$/.test(route)) {
      return [200, postedMessage('0', body)];
    }
    const post = /^POST \/channels\/(\d+)\/messages$/.exec(route);
    if (post) return [200, postedMessage(post[1] ?? '0', body)];
    const get = /^GET \/channels\/(\d+)$/.exec(route);
    if (get) {
      const channel = channelById(get[1] ?? '');
      return channel ? [200, channel] : [404, { code: 10003, message: 'Unknown Channel' }];
    }
    const put = /^PUT \/applications\/(\d+)(\/guilds\/\d+)?\/commands$/.exec(route);
    if (put) {
      if (put[1] !== APP_ID) return [403, { code: 50001, message: 'Missing Access' }];
      const list = Array.isArray(r.body) ? r.body : [];
      return [
        200,
        list.map((c) => ({ ...(c as object), id: nextId(), application_id: APP_ID, version: '1' })),
      ];
    }
    return [404, { code: 0, message: `fake Discord has no route ${route}` }];
  }
}

/** Writes a response; 204 and empty bodies carry no content type (discord.js would try to parse JSON). */
function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  if (body === undefined || status === 204) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
