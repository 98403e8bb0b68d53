import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute, Service } from '../lifecycle/service.js';
import { guardClientErrors, guardRoute, refuse, requestPath, serverOptions } from './http-boundary.js';
import type { Logger } from './logger.js';
import { ServerDrain } from './server-drain.js';

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

/**
 * The ops HTTP server on PORT (/healthz, /readyz, /metrics, and Discord's interactions route when set),
 * for every mode except Slack's HTTP mode, where Bolt's own server carries the same routes. A request
 * target that is not a URL gets 400, unknown paths 404, wrong methods 405; a route that fails gets 500.
 */
export function createHttpService(options: HttpServiceOptions): HttpService {
  const { logger } = options;
  const routes = options.routes.map((r) => guardRoute(r, logger));
  let server: Server | null = null;
  let drain: ServerDrain | null = null;
  let listening = false;

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const path = requestPath(req.url);
    if (path === null) {
      logger.warn(
        { target: String(req.url).slice(0, 200) },
        'http: refused a request target that is not a URL',
      );
      refuse(res, 400, 'the request target is not a valid URL path');
      return;
    }
    const candidates = routes.filter((r) => r.path === path);
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = candidates.find((r) => r.method === method);
    if (route) {
      void route.handler(req, res);
      return;
    }
    if (candidates.length) {
      res.setHeader('allow', candidates.map((r) => r.method).join(', '));
      refuse(res, 405, 'method not allowed');
      return;
    }
    refuse(res, 404, `no route ${path.slice(0, 100)}; try /healthz, /readyz or /metrics`);
  }

  return {
    name: 'http',
    async start() {
      const s = createServer(serverOptions(), handle);
      guardClientErrors(s, logger);
      drain = new ServerDrain(s);
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
    async drain(ms) {
      const left = await drain?.drain(ms);
      if (left) logger.warn({ requests: left }, 'http: drain window over; cutting the requests left');
    },
    async stop() {
      const d = drain;
      if (!server || !d) return;
      listening = false;
      server = null;
      drain = null;
      await d.close();
    },
    ready: () => listening,
    address: () => (server?.address() as AddressInfo | null) ?? null,
  };
}
