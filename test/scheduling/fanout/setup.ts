import { writeFileSync } from 'node:fs';
import type { Subscription } from '../../../src/core/subscriptions/types.js';
import { emptyState } from '../../../src/store/schema.js';
import { factsWith } from '../../core/schedule/facts.js';

/**
 * The fan-out scenario: `channels` Slack channels subscribed to reminders, and `perChannel` events
 * on one day, so `channels × perChannel` reminders come due in the same tick.
 */

export const FANOUT_EVENT_DATE = '2026-03-10';
/** The 7-day reminders of events on March 10 are due at 09:00 New York time on March 3. */
export const FANOUT_TICK = '2026-03-03T14:00:30.000Z';

export function fanoutFacts(perChannel: number) {
  return factsWith(
    Array.from({ length: perChannel }, (_, i) => ({
      id: `fanout-event-${i + 1}`,
      date: { precision: 'day' as const, date: FANOUT_EVENT_DATE },
    })),
  );
}

export function writeFanoutState(path: string, channels: number): void {
  const state = emptyState();
  for (let c = 0; c < channels; c++) {
    const channel = {
      platform: 'slack' as const,
      workspace: 'T1',
      channel: `C${String(c).padStart(5, '0')}`,
    };
    const sub: Subscription = {
      id: `slack:T1:${channel.channel}`,
      channel,
      reminders: true,
      news: false,
      digest: null,
      timeZone: 'America/New_York',
      lang: 'en',
      createdAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
      status: 'active',
    };
    state.subscriptions.push(sub);
  }
  writeFileSync(path, JSON.stringify(state));
}
