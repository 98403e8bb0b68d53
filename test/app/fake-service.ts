import type { Service } from '../../src/lifecycle/service.js';

/** An in-memory Service that records what happens to it, with controllable start, stop and readiness. */
export class FakeService implements Service {
  connected = false;
  startDelayMs = 0;
  stopDelayMs = 0;
  failStart: Error | null = null;
  failStop: Error | null = null;
  hangStop = false;

  constructor(
    readonly name: string,
    private readonly events: string[],
  ) {}

  async start(): Promise<void> {
    this.events.push(`start ${this.name}`);
    if (this.startDelayMs) await new Promise((r) => setTimeout(r, this.startDelayMs));
    if (this.failStart) throw this.failStart;
    this.connected = true;
  }

  async stop(): Promise<void> {
    this.events.push(`stop ${this.name}`);
    if (this.hangStop) await new Promise(() => {});
    if (this.stopDelayMs) await new Promise((r) => setTimeout(r, this.stopDelayMs));
    if (this.failStop) throw this.failStop;
    this.connected = false;
    this.events.push(`stopped ${this.name}`);
  }

  ready(): boolean {
    return this.connected;
  }
}
