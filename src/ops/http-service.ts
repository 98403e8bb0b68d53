import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute, Service } from '../lifecycle/service.js';
import type { Logger } from './logger.js';

export interface HttpServiceOptions {
  port: number;
  host: string;
  routes: readonly HttpRoute[];
  logger: Logger;
}

export interface HttpService extends Service {
  /** The bound address once started (port 0 picks a free port). */
  address(): AddressInfo | null;
}

/** Open connections get this long to finish after stop() before they are cut. */
const DRAIN_MS = 2_000;

function reply(res: ServerResponse, status: number, error: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra });
  res.end(JSON.stringify({ error }));
}

/**
 * The ops HTTP server on PORT (/healthz, /readyz, /metrics), for every mode except Slack's HTTP mode,
 * where Bolt's own server carries the same routes. Unknown paths get 404, wrong methods 405.
 */
export function createHttpService(options: HttpServiceOptions): HttpService {
  const { routes, logger } = options;
  let server: Server | null = null;
  let listening = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const candidates = routes.filter((r) => r.path === path);
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = candidates.find((r) => r.method === method);
    if (!route) {
      if (candidates.length)
        reply(res, 405, 'method not allowed', { allow: candidates.map((r) => r.method).join(', ') });
      else reply(res, 404, `no route ${path}; try /healthz, /readyz or /metrics`);
      return;
    }
    try {
      await route.handler(req, res);
    } catch (error) {
      logger.error({ err: error, path }, 'ops route failed');
      if (!res.headersSent) reply(res, 500, 'internal error');
      else res.end();
    }
  }

  return {
    name: 'http',
    async start() {
      const s = createServer((req, res) => void handle(req, res));
      s.keepAliveTimeout = 5_000;
      await new Promise<void>((resolve, reject) => {
        const fail = (error: NodeJS.ErrnoException) =>
          reject(
            new Error(
              `PORT: cannot listen on ${options.host}:${options.port} (${error.code ?? error.message}); ` +
                'choose a free port or stop the process using it (example: PORT=8080)',
            ),
          );
        s.once('error', fail);
        s.listen(options.port, options.host, () => {
          s.off('error', fail);
          resolve();
        });
      });
      s.on('error', (error) => logger.error({ err: error }, 'ops server error'));
      server = s;
      listening = true;
      const address = s.address() as AddressInfo;
      logger.info(
        { host: address.address, port: address.port },
        'ops server listening (/healthz, /readyz, /metrics)',
      );
    },
    async stop() {
      const s = server;
      if (!s) return;
      listening = false;
      server = null;
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      s.closeIdleConnections();
      const cut = setTimeout(() => s.closeAllConnections(), DRAIN_MS);
      await closed;
      clearTimeout(cut);
    },
    ready: () => listening,
    address: () => (server?.address() as AddressInfo | null) ?? null,
  };
}
