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
  /** OAuth: the workspace each issued bot token belongs to (other tokens belong to FAKE_TEAM). */
  readonly teamOfToken = new Map<string, string>();
  /** OAuth: authorization codes not yet exchanged, and the app credentials oauth.v2.access accepts. */
  private readonly grants = new Map<string, { team: string; token: string }>();
  oauthClient: { id: string; secret: string } | undefined;

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

  /**
   * OAuth: a user in `team` approved the install; Slack redirects the browser with `code`, and
   * oauth.v2.access exchanges it (once) for `token`, a bot token of that workspace.
   */
  grant(code: string, team: string, token: string): void {
    this.grants.set(code, { team, token });
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
    const body = failure ? { ok: false, error: failure.error } : this.answer(method, token, params, auth);
    call.reply = body;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  /** oauth.v2.access: client credentials (form fields or HTTP Basic) and a one-time code; no bearer token. */
  private exchange(params: Json, auth: string | undefined): Json {
    const basic = auth?.startsWith('Basic ')
      ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')
      : [];
    const id = params.client_id ?? basic[0];
    const secret = params.client_secret ?? basic[1];
    if (!this.oauthClient || id !== this.oauthClient.id || secret !== this.oauthClient.secret)
      return { ok: false, error: 'invalid_client_id' };
    const grant = typeof params.code === 'string' ? this.grants.get(params.code) : undefined;
    if (!grant) return { ok: false, error: 'invalid_code' };
    this.grants.delete(params.code as string);
    this.validTokens.add(grant.token);
    this.teamOfToken.set(grant.token, grant.team);
    return {
      ok: true,
      access_token: grant.token,
      token_type: 'bot',
      scope: 'app_mentions:read,chat:write,chat:write.public,commands,im:history',
      bot_user_id: FAKE_BOT_USER,
      app_id: 'A0TEST',
      team: { id: grant.team, name: `Team ${grant.team}` },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: 'U0INSTALLER' },
    };
  }

  private answer(method: string, token: string | undefined, params: Json, auth?: string): Json {
    if (method === 'oauth.v2.access') return this.exchange(params, auth);
    if (!token || !this.validTokens.has(token)) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          team: 'Test',
          team_id: this.teamOfToken.get(token) ?? FAKE_TEAM,
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
