import { describe, expect, it } from 'vitest';
import { commandText } from '../../../src/adapters/discord/interaction-handler.js';
import { parseSubscribeArgs } from '../../../src/core/subscriptions/parse-args.js';

describe('Discord options become the same words as the other platforms', () => {
  it('subscribe with every option, quiet included, reads as the typed command does', () => {
    const text = commandText('subscribe', {
      quiet: 'quiet',
      kind: 'digest',
      cadence: 'weekly',
      day: 'fri',
      time: '08:30',
      timezone: 'America/New York',
      lang: 'ja',
    });
    expect(text).toBe('subscribe digest weekly fri 08:30 America/New_York ja quiet');
    const parsed = parseSubscribeArgs((text ?? '').replace(/^subscribe /, ''));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.value).toMatchObject({ timeZone: 'America/New_York', lang: 'ja' });
    expect(parsed.value).toMatchObject({
      quiet: true,
      kind: 'digest',
      cadence: 'weekly',
      day: 'fri',
      time: '08:30',
    });
  });

  it('cuts an option at 2,000 characters before any work (Discord allows 6,000)', () => {
    const text = commandText('ask', { question: `projects ${'x'.repeat(6000)}` }) ?? '';
    expect(text.length).toBeLessThanOrEqual('ask '.length + 2000);
  });
});
