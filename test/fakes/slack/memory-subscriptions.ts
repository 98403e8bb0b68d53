import type { BotRequest, SubscriptionCommands } from '../../../src/app/bot.js';
import type { Answer } from '../../../src/core/answer/answer.js';
import type { ParsedCommand } from '../../../src/core/commands/model.js';
import { channelKey, type Platform, type Subscription } from '../../../src/core/subscriptions/types.js';

/**
 * An in-memory twin of the scheduling service's subscription commands, for adapter tests: keeps one
 * subscription per channel, answers like the real one (echoing words it does not understand), and can be
 * made slow or broken to exercise the adapter's slow path and error handling.
 */
export class MemorySubscriptions implements SubscriptionCommands {
  readonly byKey = new Map<string, Subscription>();
  /** Delay before each answer, in ms. */
  latencyMs = 0;
  /** When set, every call fails with this error (a broken store). */
  failWith: Error | undefined;

  async handle(command: ParsedCommand, request: BotRequest, now: Date): Promise<Answer> {
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.failWith) throw this.failWith;
    const key = channelKey(request.channel);
    const words = command.args.split(/\s+/).filter(Boolean);
    switch (command.spec.name) {
      case 'subscribe': {
        const unknown = words.filter(
          (w) =>
            !/^(reminders|digest|all|weekly|daily|mon|tue|wed|thu|fri|sat|sun|\d\d:\d\d|en|ja|\w+\/\w+)$/.test(
              w,
            ),
        );
        if (unknown.length)
          return answer('subscription.invalid', `I don't understand "${unknown.join(' ')}".`);
        const digest = words.includes('digest') || words.includes('all') || !words.includes('reminders');
        const sub: Subscription = {
          id: key,
          channel: {
            platform: request.channel.platform,
            workspace: request.channel.workspace,
            channel: request.channel.channel,
          },
          reminders: !words.includes('digest'),
          digest: digest
            ? {
                cadence: words.includes('daily') ? 'daily' : 'weekly',
                day: 'mon',
                time: words.find((w) => /^\d\d:\d\d$/.test(w)) ?? '09:00',
                skipWhenNoNews: false,
              }
            : null,
          timeZone: words.find((w) => w.includes('/')) ?? 'America/New_York',
          lang: words.includes('ja') ? 'ja' : 'en',
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          status: 'active',
        };
        this.byKey.set(key, sub);
        return answer('subscription.created', `Subscribed ${request.channel.channel}.`);
      }
      case 'unsubscribe':
        return answer(this.byKey.delete(key) ? 'subscription.removed' : 'subscription.none', 'Unsubscribed.');
      default:
        return answer(
          'subscription.list',
          this.byKey.has(key) ? 'This channel is subscribed.' : 'No subscription here.',
        );
    }
  }

  async listWorkspace(platform: Platform, workspace: string): Promise<Subscription[]> {
    if (this.failWith) throw this.failWith;
    return [...this.byKey.values()].filter(
      (s) => s.channel.platform === platform && s.channel.workspace === workspace,
    );
  }
}

function answer(intent: string, text: string): Answer {
  return {
    kind: 'answer',
    intent,
    lang: 'en',
    title: 'Subscriptions',
    text: `Subscriptions\n${text}`,
    items: [],
    facts: [],
    sources: [],
    confidence: 1,
    suggestions: [],
    lead: '',
    notes: [],
    asOf: '',
  };
}
