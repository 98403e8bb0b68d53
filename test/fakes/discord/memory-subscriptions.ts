import type { BotRequest, SubscriptionCommands } from '../../../src/app/bot.js';
import type { Answer } from '../../../src/core/answer/answer.js';
import { DAYS, type DayOfWeek, type ParsedCommand } from '../../../src/core/commands/model.js';
import { channelKey, type Platform, type Subscription } from '../../../src/core/subscriptions/types.js';

/**
 * An in-memory twin of the scheduling service's subscription commands, for adapter tests until the
 * real one is available: keeps one subscription per channel and answers with stable intents.
 */
export class MemorySubscriptions implements SubscriptionCommands {
  readonly byId = new Map<string, Subscription>();
  /** Every request it handled, to check what the adapter passed on. */
  readonly requests: BotRequest[] = [];
  /** Milliseconds each command takes (to exercise the deferred path). */
  delayMs = 0;
  /** When set, every command throws it (to exercise the apology path). */
  failWith: Error | undefined;

  async handle(command: ParsedCommand, request: BotRequest, now: Date): Promise<Answer> {
    this.requests.push(request);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failWith) throw this.failWith;
    const key = channelKey(request.channel);
    const current = this.byId.get(key);
    const name = command.spec.name;
    if (name === 'subscriptions') return answer('subscriptions.list', current ? [current] : []);
    if (command.spec.manageChannel && !request.canManageChannel) return answer('subscriptions.forbidden', []);
    if (name === 'unsubscribe') {
      this.byId.delete(key);
      return answer(current ? 'subscriptions.removed' : 'subscriptions.none', []);
    }
    const words = command.args.split(/\s+/).filter(Boolean);
    if (!words.length && current) return answer('subscriptions.list', [current]);
    const iso = now.toISOString();
    const sub: Subscription = {
      id: key,
      channel: { ...request.channel },
      reminders: !words.includes('digest'),
      digest: words.includes('reminders')
        ? null
        : {
            cadence: words.includes('daily') ? 'daily' : 'weekly',
            day:
              (words.find((w) => (DAYS as readonly string[]).includes(w)) as DayOfWeek | undefined) ?? 'mon',
            time: words.find((w) => /^\d{1,2}:\d{2}$/.test(w)) ?? '09:00',
            skipWhenNoNews: false,
          },
      timeZone: words.find((w) => w.includes('/')) ?? 'America/New_York',
      lang: words.includes('ja') ? 'ja' : 'en',
      createdAt: current?.createdAt ?? iso,
      updatedAt: iso,
      status: 'active',
    };
    delete sub.channel.thread;
    this.byId.set(key, sub);
    return answer('subscriptions.subscribed', [sub]);
  }

  async listWorkspace(platform: Platform, workspace: string): Promise<Subscription[]> {
    return [...this.byId.values()].filter(
      (s) => s.channel.platform === platform && s.channel.workspace === workspace,
    );
  }
}

function answer(intent: string, subs: Subscription[]): Answer {
  const items = subs.map((s) => ({
    id: s.id,
    label:
      `${s.reminders ? 'reminders' : ''}${s.digest ? ` digest ${s.digest.cadence} ${s.digest.day} ${s.digest.time}` : ''}`.trim(),
    detail: s.timeZone,
  }));
  return {
    kind: subs.length ? 'list' : 'answer',
    intent,
    lang: 'en',
    title: 'Subscriptions',
    text: `Subscriptions\n${intent}`,
    items,
    facts: [],
    sources: [],
    confidence: 1,
    suggestions: [],
    lead: '',
    notes: [],
    asOf: 'February 2026',
  };
}
