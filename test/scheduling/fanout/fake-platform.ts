import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake chat platform on 127.0.0.1 with platform-shaped limits: at most `perChannel` posts per
 * channel and `global` posts overall in any `windowMs`; past them it answers 429 with Retry-After.
 * Like Discord's enforce_nonce, a repeated idempotency key is answered with the first message and
 * not shown twice; every acceptance is logged, so repeats can be counted.
 */

export interface PlatformLimits {
  perChannel: number;
  global: number;
  windowMs: number;
}

export interface Accepted {
  key: string;
  channel: string;
  at: number;
  /** True when the key had been accepted before (the platform showed it once). */
  repeat: boolean;
}

export interface FakePlatform {
  url: string;
  log: Accepted[];
  rejected: () => number;
  close(): Promise<void>;
}

class Window {
  private readonly times: number[] = [];
  constructor(private readonly limit: number) {}
  /** Milliseconds until a post is allowed (0: now). */
  wait(now: number, windowMs: number): number {
    while (this.times.length && (this.times[0] ?? 0) <= now - windowMs) this.times.shift();
    return this.times.length < this.limit ? 0 : (this.times[0] ?? 0) + windowMs - now;
  }
  add(now: number): void {
    this.times.push(now);
  }
}

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function startFakePlatform(limits: PlatformLimits): Promise<FakePlatform> {
  const log: Accepted[] = [];
  const seen = new Set<string>();
  const channels = new Map<string, Window>();
  const global = new Window(limits.global);
  let rejected = 0;
  const server: Server = createServer(async (req, res) => {
    const { key, channel } = JSON.parse(await body(req)) as { key: string; channel: string };
    const now = performance.timeOrigin + performance.now();
    let window = channels.get(channel);
    if (!window) {
      window = new Window(limits.perChannel);
      channels.set(channel, window);
    }
    const waitGlobal = global.wait(now, limits.windowMs);
    const waitChannel = window.wait(now, limits.windowMs);
    if (waitGlobal > 0 || waitChannel > 0) {
      rejected++;
      const ms = Math.ceil(Math.max(waitGlobal, waitChannel));
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(Math.ceil(ms / 1000)) });
      res.end(JSON.stringify({ retry_after_ms: ms, global: waitGlobal >= waitChannel }));
      return;
    }
    global.add(now);
    window.add(now);
    const repeat = seen.has(key);
    seen.add(key);
    log.push({ key, channel, at: now, repeat });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, id: key }));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/post`,
    log,
    rejected: () => rejected,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
