import { connect, type Socket } from 'node:net';

/** What came back on a raw connection: the status line's code (null if none) and everything read. */
export interface RawReply {
  status: number | null;
  text: string;
  /** The server closed the connection (or reset it) before `waitMs` ran out. */
  closed: boolean;
}

export interface RawOptions {
  /** Give up waiting for the server after this long (default 3 s). */
  waitMs?: number;
  /** Destroy the socket right after writing (a client that aborts mid-body). */
  abort?: boolean;
}

/**
 * Writes bytes to 127.0.0.1:port exactly as given (a malformed request target, a body shorter than its
 * Content-Length, headers and no body) and reads what the server answers, for requests fetch() cannot make.
 */
export function rawRequest(
  port: number,
  bytes: string | Buffer,
  options: RawOptions = {},
): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text, closed });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 3000);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(bytes, () => {
      if (options.abort) finish(true);
    });
  });
}

/** A request's head: request line, headers, blank line. */
export function head(requestLine: string, headers: Record<string, string | number> = {}): string {
  const lines = Object.entries({ host: '127.0.0.1', ...headers }).map(([k, v]) => `${k}: ${v}`);
  return `${requestLine}\r\n${lines.join('\r\n')}\r\n\r\n`;
}
