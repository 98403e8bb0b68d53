import { describe, expect, it } from 'vitest';
import { realEngine } from './fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-03-10') => engine.answer(q, { now });

describe('common chat phrasing', () => {
  it('answers thanks and greetings briefly, in the language asked', () => {
    for (const q of ['cheers, appreciate it', 'got it', 'どうもありがとう']) {
      const a = ask(q);
      expect(a.intent).toBe('thanks');
      expect(a.text.length).toBeLessThan(200);
    }
    expect(ask('どうもありがとう').lead).toMatch(/どういたしまして/);
    expect(ask('hey there').intent).toBe('hello');
    // Thanks that ask something more are read for what they ask.
    expect(ask('thanks, and who is lutnick?').intent).toBe('who.person');
  });

  it('reads "in a nutshell" and "手短に" as the deal in brief', () => {
    expect(ask('the deal in a nutshell?').intent).toBe('deal.summary');
    expect(ask('手短に説明して').intent).toBe('deal.summary');
  });

  it('says how far the sources reach when asked how current the answers are', () => {
    const a = ask('is this up to date?');
    expect(a.intent).toBe('meta.freshness');
    expect(a.lead).toMatch(/as of March 10, 2026/);
    const late = ask('how recent is your info', '2026-12-06');
    expect(late.lead).toMatch(/June 2026/);
  });

  it('gives the newest events for "where do things stand", as of the clock', () => {
    const a = ask('so where do things stand');
    expect(a.intent).toBe('events.latest');
    expect(a.items.length).toBeGreaterThan(0);
    expect(a.text).not.toMatch(/March (1[1-9]|2\d), 2026/);
  });

  it('lists the people for "key players"', () => {
    expect(ask('key players?').intent).toBe('who.list');
  });
});

describe('sources in a Japanese answer', () => {
  it('names outlets and dates, with no English description', () => {
    const a = engine.answer('出典一覧', { now: '2026-03-10' });
    expect(a.intent).toBe('sources');
    for (const i of a.items) {
      expect(i.label).toMatch(/（\d{4}年/);
      expect(i.detail ?? '').not.toMatch(/\b[a-z]{2,}( [a-z]{2,}){3,}\b/);
    }
  });
});
