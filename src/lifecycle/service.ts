import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A long-running part of the bot (a platform adapter, the scheduler, the ops server). main.ts starts
 * each configured service, reports readiness on /readyz, and stops them in reverse order on SIGTERM.
 */
export interface Service {
  readonly name: string;
  start(): Promise<void>;
  /** Stop taking new work, finish or hand back what is in flight, release resources. */
  stop(): Promise<void>;
  /** True while connected and able to serve (for /readyz). */
  ready(): boolean;
  /**
   * An HTTP server's first step of a shutdown, before any service stops: let the requests in flight
   * finish (new ones are still answered, each closing its connection) for at most `ms`.
   */
  drain?(ms: number): Promise<void>;
}

/** An extra HTTP route served on the shared port (same shape as Bolt's CustomRoute). */
export interface HttpRoute {
  path: string;
  method: 'GET' | 'POST';
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
}
