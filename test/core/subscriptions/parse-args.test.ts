import { describe, expect, it } from 'vitest';
import { parseSubscribeArgs, parseUnsubscribeArgs } from '../../../src/core/subscriptions/parse-args.js';

describe('parseSubscribeArgs', () => {
  it('reads the documented forms, in any order', () => {
    expect(parseSubscribeArgs('')).toEqual({ ok: true, value: { kind: 'all' } });
    expect(parseSubscribeArgs('reminders')).toEqual({ ok: true, value: { kind: 'reminders' } });
    expect(parseSubscribeArgs('digest weekly mon 09:00 Asia/Tokyo')).toEqual({
      ok: true,
      value: { kind: 'digest', cadence: 'weekly', day: 'mon', time: '09:00', timeZone: 'Asia/Tokyo' },
    });
    expect(parseSubscribeArgs('ja 18:30 daily digest america/new_york quiet')).toEqual({
      ok: true,
      value: {
        kind: 'digest',
        cadence: 'daily',
        time: '18:30',
        timeZone: 'America/New_York',
        lang: 'ja',
        quiet: true,
      },
    });
  });

  it('accepts Japanese words, full-width digits, H:MM and Discord-style "name:value" options', () => {
    expect(parseSubscribeArgs('ダイジェスト 毎週 金曜日 ９:３０')).toEqual({
      ok: true,
      value: { kind: 'digest', cadence: 'weekly', day: 'fri', time: '09:30' },
    });
    expect(parseSubscribeArgs('kind:digest day:tue time:7:05 timezone:Europe/London lang:en')).toEqual({
      ok: true,
      value: { kind: 'digest', day: 'tue', time: '07:05', timeZone: 'Europe/London', lang: 'en' },
    });
  });

  it('names the word at fault with a code', () => {
    expect(parseSubscribeArgs('digest weekly mon 9:60')).toEqual({
      ok: false,
      error: { code: 'bad-time', word: '9:60' },
    });
    expect(parseSubscribeArgs('digest 25:00')).toEqual({
      ok: false,
      error: { code: 'bad-time', word: '25:00' },
    });
    expect(parseSubscribeArgs('digest Asia/Tokio')).toEqual({
      ok: false,
      error: { code: 'bad-timezone', word: 'Asia/Tokio' },
    });
    expect(parseSubscribeArgs('digest fortnightly')).toEqual({
      ok: false,
      error: { code: 'unknown-word', word: 'fortnightly' },
    });
    expect(parseSubscribeArgs('digest mon tue')).toEqual({
      ok: false,
      error: { code: 'conflict', word: 'tue', other: 'mon' },
    });
    expect(parseSubscribeArgs('digest daily mon')).toEqual({
      ok: false,
      error: { code: 'day-with-daily', word: 'mon' },
    });
    expect(parseSubscribeArgs('reminders 09:00')).toEqual({
      ok: false,
      error: { code: 'digest-option-without-digest', word: '09:00' },
    });
  });

  it('never throws on hostile input', () => {
    for (const text of [
      '<!channel>',
      '@everyone',
      '\u0000\u0007',
      'x'.repeat(10_000),
      '../../etc/passwd',
      '/',
    ]) {
      const r = parseSubscribeArgs(text);
      expect(r.ok).toBe(false);
    }
  });
});

describe('parseUnsubscribeArgs', () => {
  it('defaults to everything and reads one kind', () => {
    expect(parseUnsubscribeArgs('')).toEqual({ ok: true, value: 'all' });
    expect(parseUnsubscribeArgs('digest')).toEqual({ ok: true, value: 'digest' });
    expect(parseUnsubscribeArgs('リマインダー')).toEqual({ ok: true, value: 'reminders' });
    expect(parseUnsubscribeArgs('digest weekly')).toEqual({
      ok: false,
      error: { code: 'unknown-word', word: 'weekly' },
    });
  });
});

describe('forms people type for times and zones', () => {
  it('accepts 12-hour times and bare city names', () => {
    const r = parseSubscribeArgs('digest weekly mon 9am Tokyo');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ time: '09:00', timeZone: 'Asia/Tokyo' });
    const pm = parseSubscribeArgs('digest daily 6:30pm new_york');
    if (!pm.ok) throw new Error(JSON.stringify(pm.error));
    expect(pm.value).toMatchObject({ time: '18:30', timeZone: 'America/New_York' });
    const noon = parseSubscribeArgs('digest 12pm london');
    expect(noon.ok && noon.value.time).toBe('12:00');
  });

  it('still rejects impossible times and unknown places, naming the word', () => {
    const bad = parseSubscribeArgs('digest 13pm');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'bad-time', word: '13pm' });
    const nowhere = parseSubscribeArgs('digest Atlantis');
    expect(nowhere.ok).toBe(false);
    if (!nowhere.ok) expect(nowhere.error).toMatchObject({ code: 'unknown-word', word: 'Atlantis' });
  });
});
