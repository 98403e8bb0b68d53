import type { Answer } from '../../src/core/answer/answer.js';
import type { ChannelRef, Subscription } from '../../src/core/subscriptions/types.js';
import type { Pacing, Poster, PostOptions, PostResult } from '../../src/scheduling/poster.js';

/** An in-memory platform: records every post, and answers what the test scripts. */
export interface RecordedPost {
  channel: ChannelRef;
  message: Answer;
  key: string | undefined;
  at: number;
}

export class FakePoster implements Poster {
  readonly posts: RecordedPost[] = [];
  readonly attempts: RecordedPost[] = [];
  /** Scripted answers, consumed in order before falling back to ok. */
  readonly script: PostResult[] = [];
  /** Per channel id: a fixed answer (e.g. permanent failure). */
  readonly byChannel = new Map<string, PostResult>();

  constructor(
    readonly platform: ChannelRef['platform'] = 'slack',
    readonly pacing: Pacing = { perChannel: { limit: 100, windowMs: 1000 } },
  ) {}

  async post(channel: ChannelRef, message: Answer, options?: PostOptions): Promise<PostResult> {
    const record = { channel, message, key: options?.idempotencyKey, at: performance.now() };
    this.attempts.push(record);
    const fixed = this.byChannel.get(channel.channel);
    const result = fixed ?? this.script.shift() ?? { ok: true, messageId: `m${this.posts.length + 1}` };
    if (result.ok) this.posts.push(record);
    return result;
  }

  intents(): string[] {
    return this.posts.map((p) => p.message.intent);
  }
}

export function subscription(overrides: Partial<Subscription> & { channel?: ChannelRef } = {}): Subscription {
  const channel = overrides.channel ?? { platform: 'slack', workspace: 'T1', channel: 'C1' };
  return {
    id: `${channel.platform}:${channel.workspace}:${channel.channel}`,
    channel,
    reminders: true,
    news: false,
    digest: null,
    timeZone: 'America/New_York',
    lang: 'en',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    status: 'active',
    ...overrides,
  };
}
