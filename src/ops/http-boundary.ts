import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { HttpRoute } from '../lifecycle/service.js';
import type { Logger } from './logger.js';

/**
 * The one boundary every HTTP request crosses, on our ops server and on Bolt's (Slack HTTP mode, with
 * Discord's interactions route beside it): a request target that is not a URL gets 400, a handler that
 * throws or rejects gets a log line and a 500, and no request can reach the process-wide fatal handler.
 */

/** Timeouts for every server the bot listens with, all well below Node's 300 s default. */
export const SERVER_TIMEOUTS = {
  /** The whole request head must arrive within this (slowloris). */
  headersMs: 10_000,
  /** The whole request, body included, must arrive within this; platforms send theirs in milliseconds. */
  requestMs: 15_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: 5_000,
  /** How often Node checks the two timeouts above (its default, 30 s, would let them run 30 s late). */
  checkEveryMs: 1_000,
} as const;

/** Options for `http.createServer` (ours, and Bolt's through `app.start(listen, serverOptions)`). */
export function serverOptions(): ServerOptions {
  return {
    headersTimeout: SERVER_TIMEOUTS.headersMs,
    requestTimeout: SERVER_TIMEOUTS.requestMs,
    keepAliveTimeout: SERVER_TIMEOUTS.keepAliveMs,
    connectionsCheckingInterval: SERVER_TIMEOUTS.checkEveryMs,
  };
}

/** The path of a request target, or null when it is not one (`//[x`, `http://[::1/x`): answer 400. */
export function requestPath(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/**
 * Answers with a JSON error. When the request's body was not read (refused before reading), the
 * connection is closed after the answer rather than kept alive with unread bytes in it.
 */
export function refuse(res: ServerResponse, status: number, error: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify({ error });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    connection: 'close',
  });
  res.end(text);
}

/** Where a request came in, for log lines (the target is cut short: it is attacker-controlled). */
export function requestWhere(req: IncomingMessage): { method: string; target: string } {
  return { method: String(req.method), target: String(req.url ?? '').slice(0, 200) };
}

/**
 * A route handler that cannot throw or reject out of the request: an error is logged with the
 * request's method and target, and the client gets 500 (or its connection is ended if the answer
 * had begun).
 */
export function guardRoute(route: HttpRoute, logger: Logger): HttpRoute {
  const fail = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    logger.error({ err: error, ...requestWhere(req) }, 'http: a request failed inside its handler');
    try {
      refuse(res, 500, 'internal error');
    } catch {
      res.destroy();
    }
  };
  return {
    ...route,
    handler(req, res) {
      try {
        const result = route.handler(req, res);
        if (result instanceof Promise) result.catch((error: unknown) => fail(req, res, error));
      } catch (error) {
        fail(req, res, error);
      }
    },
  };
}

/**
 * Requests Node's parser refused before any handler saw them (a malformed head, a head too large or
 * too slow): logged, answered with the matching 4xx when the socket still takes it, then closed.
 */
export function guardClientErrors(server: Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : '400 Bad Request';
    logger.warn({ code: error.code }, `http: refused a malformed or slow request (${status})`);
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });
}
