import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback proxy in front of a fake platform that holds the answers of chosen API methods for
 * `delayMs`: posts stay in flight long enough for a signal to land in the middle of a fan-out.
 */
export class SlowProxy {
  received = 0;
  private constructor(private readonly server: Server) {}

  static async start(target: string, slowPaths: RegExp, delayMs: number): Promise<SlowProxy> {
    let proxy: SlowProxy | undefined;
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const slow = slowPaths.test(req.url ?? '');
      if (slow && proxy) proxy.received++;
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          ([k, v]) => typeof v === 'string' && !['host', 'content-length'].includes(k),
        ),
      ) as Record<string, string>;
      const upstream = await fetch(`${target}${req.url}`, {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      if (slow) await new Promise((r) => setTimeout(r, delayMs));
      res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
      res.end(body);
    });
    proxy = new SlowProxy(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
