import { describe, expect, it } from 'vitest';
import { digestMessage } from '../../../src/core/schedule/digest-message.js';
import type { DigestOccurrence } from '../../../src/core/schedule/occurrence.js';
import { reminderMessage } from '../../../src/core/schedule/reminder-message.js';
import { changesSince, snapshotOf } from '../../../src/core/schedule/snapshot.js';
import { engineOf, factsWith, pmVisitInMonth, pmVisitOn, seedFacts, viewAt } from './facts.js';

const d7 = { eventId: 'pm-white-house-visit', offset: 'd7' } as const;

describe('reminder message', () => {
  it('an event the source reported as under way is still expected before its first day', () => {
    const kb = engineOf(seedFacts()).knowledgeAt('2026-03-01T12:00:00Z');
    const visit = { eventId: 'akazawa-washington-visit' } as const;
    expect(reminderMessage(kb, { ...visit, offset: 'd7' }, 'Asia/Tokyo', 'en')?.items[0]?.status).toBe(
      'expected',
    );
    expect(reminderMessage(kb, { ...visit, offset: 'd1' }, 'Asia/Tokyo', 'en')?.items[0]?.status).toBe(
      'expected',
    );
    expect(reminderMessage(kb, { ...visit, offset: 'd0' }, 'Asia/Tokyo', 'en')?.items[0]?.status).toBe(
      'expected',
    );
  });

  it('shows the event, its time in the subscriber zone, Washington and Tokyo, who, status and source', () => {
    const kb = engineOf(pmVisitOn('2026-03-10')).knowledgeAt('2026-03-01T12:00:00Z');
    const m = reminderMessage(kb, d7, 'Europe/London', 'en');
    expect(m?.intent).toBe('schedule.reminder');
    expect(m?.items.map((i) => i.id)).toEqual(['pm-white-house-visit']);
    expect(m?.items[0]?.status).toBe('expected');
    expect(m?.facts).toEqual(expect.arrayContaining(['pm-white-house-visit', 'takaichi', 'trump']));
    expect(m?.sources.map((s) => s.id)).toEqual(['akazawa-washington-2026-02']);
    const text = m?.text ?? '';
    // March 10 in New York (EDT, UTC-4) is 04:00Z March 10 to 04:00Z March 11.
    expect(text).toMatch(/Washington \(America\/New_York\): March 10, 2026/);
    expect(text).toMatch(/Tokyo \(Asia\/Tokyo\): Tue, Mar 10, 13:00 \(UTC\+09:00\) until Wed, Mar 11, 13:00/);
    expect(text).toMatch(/Your time \(Europe\/London\): Tue, Mar 10, 04:00 \(UTC\+00:00\)/);
    expect(text).toContain(kb.nameOf('takaichi', 'en'));
  });

  it('marks the subscriber zone when it is Washington or Tokyo, and speaks Japanese', () => {
    const kb = engineOf(pmVisitOn('2026-03-10')).knowledgeAt('2026-03-01T12:00:00Z');
    const m = reminderMessage(kb, d7, 'Asia/Tokyo', 'ja');
    expect(m?.lang).toBe('ja');
    expect(m?.title).toContain('高市首相のホワイトハウス訪問');
    expect(m?.text).toMatch(/東京 \(Asia\/Tokyo、設定の地域\): 3月10日（火）13:00/);
    expect(m?.text.match(/Asia\/Tokyo/g)).toHaveLength(1);
  });

  it('says a month-precision event is expected this month, with no invented day', () => {
    const kb = engineOf(pmVisitInMonth('2026-03')).knowledgeAt('2026-03-01T12:00:00Z');
    const m = reminderMessage(kb, { ...d7, offset: 'month' }, 'America/New_York', 'en');
    expect(m?.title).toMatch(/this month/);
    expect(m?.text).toMatch(/March 2026 \(no exact date yet\)/);
    expect(m?.text).not.toMatch(/UTC/);
  });

  it('returns null for an event no longer in the fact base', () => {
    const kb = engineOf(pmVisitOn('2026-03-10')).knowledgeAt('2026-03-01T12:00:00Z');
    expect(reminderMessage(kb, { ...d7, eventId: 'gone' }, 'UTC', 'en')).toBeNull();
  });
});

describe('digest message', () => {
  const occurrence: DigestOccurrence = {
    kind: 'digest',
    dueMs: Date.parse('2026-03-02T14:00:00Z'),
    since: '2026-02-23T14:00:00.000Z',
    merged: 0,
  };
  const sub = {
    timeZone: 'America/New_York',
    lang: 'en' as const,
    digest: { cadence: 'weekly', day: 'mon', time: '09:00', skipWhenNoNews: false } as const,
  };

  it('lists what was reported in its period (by report date), the next 30 days, and the deal status', () => {
    const facts = factsWith([
      { id: 'pm-white-house-visit', date: { precision: 'day', date: '2026-03-12' }, reported: '2026-02-25' },
      { id: 'far-event', date: { precision: 'day', date: '2026-04-20' } },
      { id: 'later-news', date: { precision: 'day', date: '2026-04-01' }, reported: '2026-03-05' },
    ]);
    const first = facts.projects[0];
    const seen = first?.amount[0];
    if (first && seen)
      first.amount.push({ ...seen, reported: '2026-02-27', value: { amount: 41e9, currency: 'USD' } });
    const kb = engineOf(facts).knowledgeAt(occurrence.dueMs);
    const r = digestMessage(kb, sub, occurrence, null);
    expect(r.message?.intent).toBe('schedule.digest');
    // Reported Feb 25 and 27 (in the week to March 2); far-event was reported before it, later-news after.
    expect(r.changes.map((c) => [c.collection, c.id, c.added, c.reported])).toEqual([
      ['events', 'pm-white-house-visit', true, '2026-02-25'],
      ['projects', first?.id, false, '2026-02-27'],
    ]);
    const ids = r.message?.items.map((i) => i.id) ?? [];
    // The visit (March 12) is within 30 days of March 2; far-event (April 20) is not.
    expect(ids).toContain('pm-white-house-visit');
    expect(ids).not.toContain('far-event');
    expect(r.message?.text).toMatch(/Deal status: Japan's \$550 billion pledge; 3 projects recorded/);
    expect(r.message?.text).toMatch(/reported February 25, 2026/);
    expect(r.message?.text).toMatch(/since Monday, February 23, 2026/);
  });

  it('says "no news" when nothing was reported in the period, or posts nothing if the subscription asked for quiet', () => {
    const facts = pmVisitOn('2026-03-10');
    const kb = engineOf(facts).knowledgeAt(occurrence.dueMs);
    const previous = null;
    const noisy = digestMessage(kb, sub, occurrence, previous);
    expect(noisy.message?.intent).toBe('schedule.digest.no-news');
    expect(noisy.message?.text).toMatch(/No news since/);
    const quiet = digestMessage(
      kb,
      { ...sub, digest: { ...sub.digest, skipWhenNoNews: true } },
      occurrence,
      previous,
    );
    expect(quiet.message).toBeNull();
    expect(quiet.snapshot.id).toBe(noisy.snapshot.id);
  });

  it('says how many missed digests it covers, in Japanese too', () => {
    const kb = engineOf(pmVisitOn('2026-03-10')).knowledgeAt('2026-03-01T12:00:00Z');
    const r = digestMessage(kb, { ...sub, lang: 'ja' }, { ...occurrence, merged: 2 }, null);
    expect(r.message?.lang).toBe('ja');
    expect(r.message?.text).toMatch(/過去2回分/);
  });
});

describe('snapshots', () => {
  it('do not change when only key order changes, and name the record that did', () => {
    const a = seedFacts();
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    const b = reversed(a) as typeof a;
    expect(Object.keys(b)[0]).toBe(Object.keys(a).at(-1));
    expect(snapshotOf(viewAt(b)).id).toBe(snapshotOf(viewAt(a)).id);
    const c = seedFacts();
    const gap = c.gaps[0];
    if (gap) gap.known.en = `${gap.known.en} Updated.`;
    expect(changesSince(snapshotOf(viewAt(a)).hashes, snapshotOf(viewAt(c)))).toEqual([
      { collection: 'gaps', id: gap?.id, change: 'changed' },
    ]);
  });
});
