import { describe, expect, it } from 'vitest';
import { answerOf } from './answer-fixture.js';
import { check, leadYesNo, saysDontKnow } from './match.js';
import { amounts, dates, mentions, percents, wanted } from './normalise.js';

describe('amounts', () => {
  it('reads one amount however it is written, in English or Japanese', () => {
    for (const text of [
      '$33 billion',
      '$33bn',
      'US$33B',
      '330億ドル',
      '33 billion dollars',
      'USD 33 billion',
    ])
      expect([...amounts(text)], text).toEqual(['usd:33000000000']);
    for (const text of ['¥5.2 trillion', '5.2兆円', '5兆2000億円', '5.2 trillion yen'])
      expect([...amounts(text)], text).toEqual(['jpy:5200000000000']);
    expect([...amounts('約6億ドル')]).toEqual(['usd:600000000']);
    expect([...amounts('$2.1bn')]).toEqual([...amounts('21億ドル')]);
  });

  it('keeps close figures apart and ignores bare numbers', () => {
    expect(mentions('the plant costs $33.3 billion', '$33 billion')).toBe(false);
    expect(mentions('the plant costs $33 billion', '$33.3 billion')).toBe(false);
    expect(amounts('in 2026 the 3 projects')).toEqual(new Set());
    expect(mentions('$550 billion', '$55 billion')).toBe(false);
  });
});

describe('dates', () => {
  it('matches a day written in any of the usual ways', () => {
    for (const text of [
      'March 19',
      'Mar 19, 2026',
      '19 March 2026',
      '2026-03-19',
      '3月19日',
      '2026年3月19日',
    ])
      expect(mentions(text, '2026-03-19'), text).toBe(true);
  });

  it('does not match another year, another day, or a month alone', () => {
    expect(mentions('March 19, 2025', '2026-03-19')).toBe(false);
    expect(mentions('March 18', '2026-03-19')).toBe(false);
    expect(mentions('in March 2026', '2026-03-19')).toBe(false);
    expect(mentions('in March 2026', '2026-03')).toBe(true);
    expect(mentions('2026年6月まで', '2026-06')).toBe(true);
  });

  it('reads a year after a month as a year, not a day', () => {
    expect(dates('As of February 2026')).toEqual([{ year: 2026, month: 2 }]);
    expect(mentions('As of February 2026', '2026-02-20')).toBe(false);
  });

  it('reads both ends of a range', () => {
    expect(mentions('February 11–14, 2026', '2026-02-14')).toBe(true);
    expect(mentions('2026年2月11日〜2月14日', '2026-02-14')).toBe(true);
    expect(mentions('2月11日〜14日', '2026-02-14')).toBe(true);
  });
});

describe('percentages and text', () => {
  it('reads percentages in both scripts', () => {
    expect(percents('15%, 27.5 percent and １０％')).toEqual(new Set([15, 27.5, 10]));
    expect(mentions('a 15% tariff', '10%')).toBe(false);
  });

  it('compares text after width, case and dash folding', () => {
    expect(mentions('Texas GulfLink', 'gulflink')).toBe(true);
    expect(mentions('Ｓｏｆｔｂａｎｋ', 'SoftBank')).toBe(true);
    expect(mentions('US—Japan', 'us-japan')).toBe(true);
    expect(mentions('Ohio', 'Georgia')).toBe(false);
  });

  it('tells an amount or date from text', () => {
    expect(wanted('about $600 million')).toEqual({ kind: 'amount', value: 'usd:600000000' });
    expect(wanted('2026-03-19').kind).toBe('date');
    expect(wanted('15%')).toEqual({ kind: 'percent', value: 15 });
    expect(wanted('Element Six').kind).toBe('text');
  });
});

describe('check', () => {
  it('passes an answer that holds every expected fact, and names what is missing otherwise', () => {
    const a = answerOf({ lead: 'The Ohio plant is $33 billion per Commerce; Japan says $33.3 billion.' });
    expect(
      check(a, { mustMention: [['Ohio', 'オハイオ']], conflict: ['$33 billion', '$33.3 billion'] }),
    ).toEqual([]);
    const one = answerOf({ lead: 'The Ohio plant is $33 billion.' });
    expect(check(one, { conflict: ['$33 billion', '$33.3 billion'] })).toEqual([
      'conflict not shown: missing $33.3 billion',
    ]);
    expect(check(one, { mustNotMention: ['$33 billion'] })).toEqual(['must not mention: $33 billion']);
  });

  it('reads yes or no from the first word of the lead only', () => {
    expect(leadYesNo(answerOf({ lead: 'No. Lutnick is the Commerce Secretary.' }))).toBe('no');
    expect(leadYesNo(answerOf({ lead: 'はい。2026年3月19日に訪問した。' }))).toBe('yes');
    expect(leadYesNo(answerOf({ lead: 'Lutnick is not the Treasury Secretary.' }))).toBeUndefined();
    expect(leadYesNo(answerOf({ lead: 'Nobody knows.' }))).toBeUndefined();
    expect(check(answerOf({ lead: 'Did you mean A or B?' }), { yesNo: 'no' })).toEqual([
      'expected no first, got neither',
    ]);
  });

  it('tells "I don\'t know" from an answer', () => {
    expect(
      saysDontKnow(answerOf({ kind: 'unknown', intent: 'unknown', lead: "My sources don't say." })),
    ).toBe(true);
    expect(saysDontKnow(answerOf({ lead: "My sources don't cover Brazil." }))).toBe(true);
    expect(saysDontKnow(answerOf({ lead: 'The diamond plant is about $600 million.' }))).toBe(false);
    expect(check(answerOf({ lead: 'About $600 million.' }), { dontKnow: true })).toEqual([
      'should say it does not know',
    ]);
  });

  it('checks premises, unstated details, length and English prose in Japanese', () => {
    expect(
      check(answerOf({ lead: 'Lutnick resigned because of pressure.' }), { rejectsPremise: true }),
    ).toHaveLength(1);
    expect(
      check(answerOf({ lead: 'There is no report that Lutnick resigned.' }), { rejectsPremise: true }),
    ).toEqual([]);
    expect(check(answerOf({ lead: 'The plant will create 500 jobs.' }), { notStated: true })).toHaveLength(1);
    expect(check(answerOf({ lead: 'The number of jobs is not stated.' }), { notStated: true })).toEqual([]);
    expect(check(answerOf({ lead: 'x'.repeat(201) }), { maxChars: 200 })).toHaveLength(1);
    expect(check(answerOf({ lead: '出典: Reuters（2026年2月17日）' }), { japaneseOnly: true })).toEqual([]);
    expect(
      check(answerOf({ lead: '第1弾は3件。as reported by the wire services' }), { japaneseOnly: true }),
    ).toEqual(['English prose in a Japanese answer']);
  });

  it('names back an unknown name and rejects a raw label by pattern', () => {
    const a = answerOf({
      lead: "My sources don't cover Brazil.",
      text: "My sources don't cover Brazil. Events in 2026-1",
    });
    expect(check(a, { namesBack: 'Brazil' })).toEqual([]);
    expect(check(a, { namesBack: 'Canada' })).toEqual(['does not name back: Canada']);
    expect(check(a, { mustNotMatch: ['\\b20\\d\\d-\\d{1,2}\\b(?!-)'] })).toHaveLength(1);
  });
});
