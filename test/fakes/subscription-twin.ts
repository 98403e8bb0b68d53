import type { BotRequest, SubscriptionCommands } from '../../src/app/bot.js';
import { createSubscriptionService } from '../../src/app/subscription-service.js';
import type { Answer } from '../../src/core/answer/answer.js';
import type { ParsedCommand } from '../../src/core/commands/model.js';
import type { Platform, Subscription } from '../../src/core/subscriptions/types.js';
import { createMemoryStore, type DocumentStateStore } from '../../src/store/memory-store.js';

/**
 * The real subscription service over the in-memory store, for adapter tests, with three hooks around
 * it: every request is recorded, answers can be made slow (the adapters' deferred path) or fail (their
 * apology path). Shared by the Slack and Discord tests, so both are tested against the real behaviour.
 */
export class SubscriptionTwin implements SubscriptionCommands {
  readonly store: DocumentStateStore = createMemoryStore();
  /** Every request the adapter passed on. */
  readonly requests: BotRequest[] = [];
  /** Milliseconds each command takes. */
  latencyMs = 0;
  /** When set, every call fails with it (a broken store). */
  failWith: Error | undefined;
  private readonly real = createSubscriptionService({
    store: this.store,
    defaultTimeZone: 'America/New_York',
    defaultLang: 'en',
  });

  async handle(command: ParsedCommand, request: BotRequest, now: Date): Promise<Answer> {
    this.requests.push(request);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.failWith) throw this.failWith;
    return this.real.handle(command, request, now);
  }

  async listWorkspace(platform: Platform, workspace: string): Promise<Subscription[]> {
    if (this.failWith) throw this.failWith;
    return this.real.listWorkspace(platform, workspace);
  }

  /** The subscriptions now stored, by channel key. */
  get byKey(): ReadonlyMap<string, Subscription> {
    return new Map(this.store.read().subscriptions.map((s) => [s.id, s]));
  }

  /** Forgets every subscription. */
  async clear(): Promise<void> {
    await this.store.update((state) => {
      state.subscriptions = [];
    });
  }
}
