import { DAYS } from '../../../src/core/commands/model.js';
import type { EventRecord, FactBaseData } from '../../../src/core/factbase/schema.js';
import type { Subscription } from '../../../src/core/subscriptions/types.js';
import { factsWith } from '../../core/schedule/facts.js';

/** A large planner workload: `events` upcoming events and `subs` subscriptions in six zones. */

export const ZONES = [
  'America/New_York',
  'Asia/Tokyo',
  'Europe/London',
  'America/Los_Angeles',
  'UTC',
  'Australia/Sydney',
] as const;

export function manyEvents(count: number, from = '2026-02-01'): FactBaseData {
  const start = Date.parse(`${from}T00:00:00Z`);
  const events: Array<Partial<EventRecord> & Pick<EventRecord, 'id' | 'date'>> = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(start + ((i * 7919) % 365) * 86_400_000).toISOString().slice(0, 10);
    const date =
      i % 10 === 0
        ? { precision: 'month' as const, month: day.slice(0, 7) }
        : { precision: 'day' as const, date: day };
    events.push({
      id: `load-event-${i + 1}`,
      date,
      timeZone: i % 3 === 0 ? 'Asia/Tokyo' : 'America/New_York',
    });
  }
  return factsWith(events);
}

export function manySubscriptions(count: number): Subscription[] {
  const subs: Subscription[] = [];
  for (let i = 0; i < count; i++) {
    const channel = { platform: 'slack' as const, workspace: `T${i % 50}`, channel: `C${i}` };
    const digest =
      i % 10 < 7
        ? {
            cadence: i % 5 === 0 ? ('daily' as const) : ('weekly' as const),
            day: i % 4 === 0 ? (DAYS[i % 7] ?? 'mon') : ('mon' as const),
            time: ['09:00', '08:30', '18:00'][i % 3] ?? '09:00',
            skipWhenNoNews: i % 2 === 0,
          }
        : null;
    subs.push({
      id: `slack:${channel.workspace}:${channel.channel}`,
      channel,
      reminders: i % 10 !== 9,
      news: false,
      digest,
      timeZone: ZONES[i % ZONES.length] ?? 'UTC',
      lang: i % 2 ? 'ja' : 'en',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      status: 'active',
    });
  }
  return subs;
}
