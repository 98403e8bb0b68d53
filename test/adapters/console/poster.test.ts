import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsolePoster } from '../../../src/adapters/console/poster.js';
import { reminderMessage } from '../../../src/core/schedule/reminder-message.js';
import { engineOf, pmVisitOn } from '../../core/schedule/facts.js';

describe('console poster', () => {
  it('prints a scheduled post as it would appear, and reports it accepted', async () => {
    const output = new PassThrough();
    const poster = createConsolePoster(output);
    const kb = engineOf(pmVisitOn('2026-03-10')).knowledgeAt('2026-03-09T12:00:00Z');
    const message = reminderMessage(
      kb,
      { eventId: 'pm-white-house-visit', offset: 'd1' },
      'Asia/Tokyo',
      'en',
    );
    if (!message) throw new Error('no message');
    const result = await poster.post(
      { platform: 'console', workspace: 'local', channel: 'console' },
      message,
    );
    expect(result).toEqual({ ok: true, messageId: 'console-1' });
    const text = String(output.read());
    expect(text).toMatch(/^─+ scheduled post to #console ─+\n/);
    expect(text).toContain(message.text);
    expect(poster.platform).toBe('console');
  });
});
