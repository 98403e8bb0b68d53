import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../read-body.js';
import { blockProblem } from './block-rules.js';
import { FakeSocketMode } from './socket-mode-server.js';

type Json = Record<string, unknown>;

/** One Web API call the fake received. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  params: Json;
  /** What the fake answered (filled in once answered). */
  reply?: Json;
}

/** One POST to a response_url. */
export interface ResponsePost {
  id: string;
  body: Json;
}

/** What the fake answers to the next call of a method instead of success. */
export type Failure = { status: 429; retryAfter: number } | { status: 500 } | { error: string };

export const FAKE_TEAM = 'T0TEST';
export const FAKE_BOT_USER = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';

/** The WebClient sends form fields, with objects (blocks, view) as JSON strings. */
function parseParams(raw: string, contentType: string | undefined): Json {
  if (contentType?.startsWith('application/json')) return raw ? (JSON.parse(raw) as Json) : {};
  const out: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/**
 * Slack, on 127.0.0.1: the Web API at `apiUrl` (records every call, checks tokens and Block Kit limits,
 * fails on request), a `response_url` sink, and a Socket Mode WebSocket that `apps.connections.open` points to.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  readonly socket: FakeSocketMode;
  private readonly failures = new Map<string, Failure[]>();
  private seq = 0;

  private constructor(
    private readonly server: Server,
    readonly validTokens: Set<string>,
  ) {
    this.socket = new FakeSocketMode(server, '/socket');
  }

  static async start(tokens = ['xoxb-test-token', 'xapp-test-token']): Promise<FakeSlack> {
    let fake: FakeSlack | undefined;
    const server = createServer((req, res) => {
      fake?.handle(req, res).catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
    fake = new FakeSlack(server, new Set(tokens));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  failNext(method: string, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  /** Everything the bot sent to Slack, as one string (for "no ping token anywhere" checks). */
  everythingReceived(): string {
    return JSON.stringify({
      calls: this.calls.map((c) => ({ method: c.method, params: c.params })),
      responses: this.responses,
    });
  }

  /** Calls the fake refused (invalid blocks, bad arguments): a correct bot makes none. */
  refused(): ApiCall[] {
    return this.calls.filter((c) => c.reply?.ok === false);
  }

  /** Polls until `probe` returns something, or fails after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 3000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error('FakeSlack.waitFor: timed out');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async stop(): Promise<void> {
    this.socket.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/response/')) {
      this.responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(raw) as Json });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404);
      res.end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    const params = parseParams(raw, req.headers['content-type']);
    const call: ApiCall = { method, token, params };
    this.calls.push(call);
    const failure = this.failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      const headers = failure.status === 429 ? { 'retry-after': String(failure.retryAfter) } : {};
      res.writeHead(failure.status, headers);
      res.end();
      return;
    }
    const body = failure ? { ok: false, error: failure.error } : this.answer(method, token, params);
    call.reply = body;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private answer(method: string, token: string | undefined, params: Json): Json {
    if (!token || !this.validTokens.has(token)) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          team: 'Test',
          team_id: FAKE_TEAM,
          user: 'deal-bot',
          user_id: FAKE_BOT_USER,
          bot_id: FAKE_BOT_ID,
        };
      case 'apps.connections.open':
        if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
        return { ok: true, url: `${this.origin.replace('http', 'ws')}/socket?ticket=${++this.seq}` };
      case 'chat.postMessage': {
        if (typeof params.channel !== 'string' || !params.channel)
          return { ok: false, error: 'channel_not_found' };
        if (!params.text && !params.blocks) return { ok: false, error: 'no_text' };
        if (typeof params.text === 'string' && params.text.length > 40_000)
          return { ok: false, error: 'msg_too_long' };
        const problem = blockProblem(params.blocks, 50);
        if (problem) return { ok: false, error: 'invalid_blocks', detail: problem };
        return { ok: true, channel: params.channel, ts: `1700000000.${String(++this.seq).padStart(6, '0')}` };
      }
      case 'views.publish': {
        const view = params.view as Json | undefined;
        if (!params.user_id || view?.type !== 'home') return { ok: false, error: 'invalid_arguments' };
        const problem = blockProblem(view.blocks, 100);
        return problem
          ? { ok: false, error: 'invalid_blocks', detail: problem }
          : { ok: true, view: { id: 'V1' } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(++this.seq).padStart(6, '0')}` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
