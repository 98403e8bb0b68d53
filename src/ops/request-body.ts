import type { IncomingMessage } from 'node:http';

/** What reading a request body gave: the bytes, or why there are none (with the status to answer). */
export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; problem: string };

/**
 * Reads a request body of at most `limit` bytes. A declared Content-Length over the limit is refused
 * before a byte is read; a body that grows past it stops being read (413); a client that aborts or
 * errs mid-body gives 400 (nothing can be answered then, but the caller logs it). Never rejects.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    return Promise.resolve({
      ok: false,
      status: 413,
      problem: `declared body of ${declared} bytes is over the ${limit}-byte limit`,
    });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle({ ok: false, status: 413, problem: `body is over the ${limit}-byte limit` });
      else chunks.push(chunk);
    };
    const onEnd = () => settle({ ok: true, body: Buffer.concat(chunks, size) });
    const onError = (error: Error) =>
      settle({ ok: false, status: 400, problem: `body could not be read (${error.message})` });
    const onClose = () => settle({ ok: false, status: 400, problem: 'the client went away mid-body' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * Whether a signed request's timestamp header (seconds since the epoch, digits only) is within
 * `windowS` of now, in either direction: the check that comes before reading the body.
 */
export function timestampWithin(
  header: string | string[] | undefined,
  nowMs: number,
  windowS: number,
): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Number(header) - nowMs / 1000) <= windowS;
}
