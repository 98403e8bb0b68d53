import { type WebSocket, WebSocketServer } from 'ws';
import { APP_ID, GUILD_ID } from './ids.js';
import { botUser, guildCreate } from './payloads.js';

export interface Identify {
  token: string;
  intents: number;
  shard?: [number, number];
}

interface Session {
  socket: WebSocket;
  seq: number;
  identified: boolean;
}

/**
 * The gateway half of the fake Discord, on the `ws` package: HELLO with a short heartbeat, IDENTIFY,
 * READY (one unavailable guild), GUILD_CREATE, heartbeat ACKs, then whatever the test dispatches.
 */
export class FakeGateway {
  readonly identifies: Identify[] = [];
  /** When set, an IDENTIFY is answered by closing with this code (4004 bad token, 4014 intents). */
  closeOnIdentify: number | undefined;
  /** When true, IDENTIFY gets no READY (to test the ready timeout). */
  withholdReady = false;
  readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Set<Session>();
  private readyWaiters: Array<() => void> = [];

  constructor(private readonly options: { heartbeatMs: number; url: () => string }) {
    this.wss.on('connection', (socket) => this.open(socket));
  }

  /** Resolves once some client has identified and been sent its guilds. */
  whenIdentified(): Promise<void> {
    if ([...this.sessions].some((s) => s.identified)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Sends a DISPATCH to every identified session; returns when it was written (performance.now()). */
  dispatch(t: string, d: unknown): number {
    for (const s of this.sessions) if (s.identified) this.send(s, { op: 0, t, d, s: ++s.seq });
    return performance.now();
  }

  close(): void {
    for (const s of this.sessions) s.socket.terminate();
    this.wss.close();
  }

  private open(socket: WebSocket): void {
    const session: Session = { socket, seq: 0, identified: false };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('message', (raw) =>
      this.receive(session, JSON.parse(String(raw)) as { op: number; d: unknown }),
    );
    this.send(session, { op: 10, d: { heartbeat_interval: this.options.heartbeatMs } });
  }

  private receive(session: Session, packet: { op: number; d: unknown }): void {
    if (packet.op === 1) {
      this.send(session, { op: 11 });
      return;
    }
    if (packet.op !== 2) return;
    const identify = packet.d as Identify;
    this.identifies.push(identify);
    if (this.closeOnIdentify !== undefined) {
      session.socket.close(this.closeOnIdentify, 'closed by the fake');
      return;
    }
    if (this.withholdReady) return;
    const shard = identify.shard ?? [0, 1];
    this.send(session, {
      op: 0,
      t: 'READY',
      s: ++session.seq,
      d: {
        v: 10,
        user: botUser,
        guilds: [{ id: GUILD_ID, unavailable: true }],
        session_id: `session-${this.identifies.length}`,
        resume_gateway_url: this.options.url(),
        application: { id: APP_ID, flags: 0 },
        shard,
      },
    });
    this.send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.seq, d: guildCreate() });
    session.identified = true;
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w();
  }

  private send(session: Session, payload: unknown): void {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(payload));
  }
}
