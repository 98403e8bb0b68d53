import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './fake-gateway.js';
import { FakeRest } from './fake-rest.js';

export interface FakeDiscord {
  /** The value for DISCORD_API_URL / `rest.api`: `http://127.0.0.1:PORT/api`. */
  apiUrl: string;
  gatewayUrl: string;
  rest: FakeRest;
  gateway: FakeGateway;
  close(): Promise<void>;
}

/** Starts a fake Discord (REST under /api/v10, gateway on /gateway) on 127.0.0.1, on an ephemeral port. */
export async function startFakeDiscord(options: { heartbeatMs?: number } = {}): Promise<FakeDiscord> {
  let base = '';
  const gatewayUrl = () => `${base.replace('http', 'ws')}/gateway`;
  const rest = new FakeRest(gatewayUrl);
  const gateway = new FakeGateway({ heartbeatMs: options.heartbeatMs ?? 500, url: gatewayUrl });
  const server = createServer((req, res) => {
    rest.handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 0, message: `fake Discord failed: ${String(error)}` }));
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/gateway')) return socket.destroy();
    gateway.wss.handleUpgrade(req, socket, head, (ws) => gateway.wss.emit('connection', ws, req));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api`,
    gatewayUrl: gatewayUrl(),
    rest,
    gateway,
    async close() {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
