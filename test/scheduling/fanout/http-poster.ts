import { Agent, request } from 'node:http';
import type { Pacing, Poster, PostResult } from '../../../src/scheduling/poster.js';

/**
 * A Poster for the fake platform over loopback HTTP (what a real platform poster does, minus the
 * rendering). node:http with a keep-alive agent: on this machine fetch costs ~3x the CPU per request.
 */
export function httpPoster(url: string, pacing: Pacing): Poster {
  const agent = new Agent({ keepAlive: true, maxSockets: 128 });
  const target = new URL(url);
  const send = (body: string) =>
    new Promise<{ status: number; json: { id?: string; retry_after_ms?: number; global?: boolean } }>(
      (resolve, reject) => {
        const req = request(
          {
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              text += chunk;
            });
            res.on('end', () => {
              try {
                resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || '{}') });
              } catch (error) {
                reject(error);
              }
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      },
    );
  return {
    platform: 'slack',
    pacing,
    async post(channel, _message, options): Promise<PostResult> {
      try {
        const { status, json } = await send(
          JSON.stringify({ key: options?.idempotencyKey ?? '', channel: channel.channel }),
        );
        if (status === 429) {
          return {
            ok: false,
            kind: 'rate-limited',
            retryAfterMs: json.retry_after_ms ?? 1000,
            reason: 'HTTP 429',
            scope: json.global ? 'global' : 'channel',
          };
        }
        if (status !== 200) return { ok: false, kind: 'transient', reason: `HTTP ${status}` };
        return json.id ? { ok: true, messageId: json.id } : { ok: true };
      } catch (error) {
        return { ok: false, kind: 'transient', reason: (error as Error).message };
      }
    },
  };
}
