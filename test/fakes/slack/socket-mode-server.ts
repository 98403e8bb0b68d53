import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

type Json = Record<string, unknown>;

/**
 * Slack's Socket Mode side on a local WebSocket: sends `hello` on connect, delivers envelopes and
 * resolves with the app's acknowledgement payload, and can ask the app to reconnect (`disconnect`).
 */
export class FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly waiting = new Map<string, (payload: Json) => void>();
  connections = 0;

  constructor(
    server: Server,
    readonly path: string,
  ) {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!req.url?.startsWith(path)) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  private accept(ws: WebSocket): void {
    this.connections++;
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Json };
      const resolve = message.envelope_id ? this.waiting.get(message.envelope_id) : undefined;
      if (message.envelope_id && resolve) {
        this.waiting.delete(message.envelope_id);
        resolve(message.payload ?? {});
      }
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } }));
  }

  get open(): number {
    return this.sockets.size;
  }

  /** Sends one envelope and resolves with the payload of the app's ack (rejects after `timeoutMs`). */
  deliver(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: Json,
    timeoutMs = 3000,
    retryAttempt = 0,
  ): Promise<Json> {
    const [ws] = this.sockets;
    if (!ws) return Promise.reject(new Error('no Socket Mode connection'));
    const envelopeId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(envelopeId);
        reject(new Error(`no ack for ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      ws.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: retryAttempt,
          retry_reason: retryAttempt ? 'timeout' : '',
        }),
      );
    });
  }

  /** Asks every connected app to reconnect, as Slack does before recycling a connection. */
  disconnectAll(): void {
    for (const ws of this.sockets)
      ws.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
  }

  close(): void {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
  }
}
