import type { Server, ServerResponse } from 'node:http';

/**
 * Counts the requests a server is answering, so a shutdown can let them finish: once draining, every
 * answer closes its connection, idle keep-alive connections are closed, and `drain(ms)` resolves when
 * nothing is in flight or the window has passed (the caller then closes the server and cuts the rest).
 */
export class ServerDrain {
  private readonly active = new Set<ServerResponse>();
  private draining = false;
  private readonly idle = new Set<() => void>();

  constructor(private readonly server: Server) {
    // Before the handler: a draining server tells each client it is closing the connection.
    server.prependListener('request', (_req, res: ServerResponse) => {
      this.active.add(res);
      if (this.draining) closeAfter(res);
      res.once('close', () => {
        this.active.delete(res);
        if (this.active.size === 0) for (const wake of this.idle) wake();
      });
    });
  }

  get inFlight(): number {
    return this.active.size;
  }

  /** Resolves with the number of requests still in flight after at most `ms` (0 when all finished). */
  async drain(ms: number): Promise<number> {
    this.draining = true;
    for (const res of this.active) closeAfter(res);
    this.server.closeIdleConnections();
    if (this.active.size === 0 || ms <= 0) return this.active.size;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.idle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.idle.add(done);
    });
    return this.active.size;
  }

  /** Stops listening and ends every connection still open (after drain()). */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => {
      if (!this.server.listening) resolve();
      else this.server.close(() => resolve());
    });
    this.server.closeAllConnections();
    await closed;
  }
}

/** The connection closes once this answer is sent (said in the answer when its head is not yet out). */
function closeAfter(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('connection', 'close');
  else res.shouldKeepAlive = false;
}
