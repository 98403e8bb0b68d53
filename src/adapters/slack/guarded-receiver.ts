import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions, type Logger } from '@slack/bolt';

/** Slack's window for request timestamps, in seconds, in either direction. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export interface GuardedReceiverOptions extends HTTPReceiverOptions {
  logger: Logger;
  /** Milliseconds since the epoch (tests may inject a clock; Bolt's own check uses Date.now). */
  now?: () => number;
}

/**
 * Bolt's HTTPReceiver, plus the half of the timestamp rule Bolt leaves out: Bolt rejects requests signed
 * more than five minutes ago, this also rejects those stamped more than five minutes in the future (401),
 * before the body is read. Everything else (signature, old timestamps, routing, custom routes) is Bolt's.
 */
export class GuardedHTTPReceiver extends HTTPReceiver {
  constructor(options: GuardedReceiverOptions) {
    super(options);
    const endpoints = new Set(
      Array.isArray(options.endpoints) ? options.endpoints : [options.endpoints ?? '/slack/events'],
    );
    const now = options.now ?? Date.now;
    const logger = options.logger;
    const boltListener = this.requestListener;
    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === 'POST' && endpoints.has(pathOf(req)) && isFromTheFuture(req, now())) {
        logger.warn(
          'Rejected a request whose x-slack-request-timestamp is more than 5 minutes in the future',
        );
        res.writeHead(401);
        res.end();
        return;
      }
      boltListener(req, res);
    };
  }
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function isFromTheFuture(req: IncomingMessage, nowMs: number): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  if (typeof header !== 'string') return false; // Bolt rejects a missing or repeated header itself.
  const ts = Number(header);
  return Number.isFinite(ts) && ts > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_S;
}
