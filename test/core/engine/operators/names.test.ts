import { describe, expect, it } from 'vitest';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now = '2026-03-25T12:00:00Z') => engine.answer(q, { now });

describe('names the fact base does not know', () => {
  it('a country qualifying a role is named back, and no fact-base person passes for it', () => {
    const a = ask("who runs Argentina's economy ministry?");
    expect(a.text).toContain('Argentina');
    expect(a.kind).toBe('unknown');
    expect(a.confidence).toBeLessThan(0.5);
  });

  it('a company people might expect is named back in lower case too', () => {
    const a = ask('how much is micron investing');
    expect(a.text).toMatch(/My sources don't mention Micron/);
    expect(a.text).not.toMatch(/\$550 billion for investment/);
  });

  it('a capitalised name no record contains is named back', () => {
    const a = ask('what did Zorblax Quent say about the tariffs?');
    expect(a.text).toContain('Zorblax Quent');
    expect(a.confidence).toBeLessThan(0.5);
  });

  it('a Latin name opening a Japanese question is a name, not a capital of grammar', () => {
    const a = ask('Zorblaxへの投資はある？');
    expect(a.text).toContain('Zorblax');
    expect(a.confidence).toBeLessThan(0.5);
    // In English the first word is capitalised for grammar: "Is" and "What" are not names.
    expect(ask('Is tourism one of the sectors?').text).not.toMatch(/don't mention Is/);
  });

  it('Japanese spellings are named back in Japanese', () => {
    const a = ask('キオクシアはこの投資に関係してる？');
    expect(a.text).toContain('キオクシア');
    expect(a.text).toMatch(/扱っていません/);
  });

  it('a place the fact base does know is not an unknown name', () => {
    const a = ask('how big is the Ohio project?');
    expect(a.text).not.toMatch(/don't cover/);
  });

  it('a known record asked with an unknown name gets the name back, then what is known about the record', () => {
    const a = ask('is the Texas GulfLink port really in Oregon?');
    expect(a.text).toMatch(/don't mention Oregon/);
    expect(a.text).toMatch(/What my sources do say/);
    expect(a.text).toContain('Texas');
  });

  it('a person the sources name only later is "not yet" on an earlier day', () => {
    const a = ask('what did Coccinella write?', '2025-10-01T12:00:00Z');
    expect(a.text).toMatch(/don't mention Coccinella as of/);
  });
});

describe('people the sources quote', () => {
  it('a commenter by name gets the comment, labelled as an opinion', () => {
    const a = ask("what was muchacha's comment");
    expect(a.intent).toBe('commenter');
    expect(a.facts).toEqual(['comment-muchacha']);
    expect(a.text).toMatch(/reader/);
  });

  it('"is <commenter> a minister?" is No', () => {
    const a = ask('is Habibi a government minister?');
    expect(a.lead).toMatch(/^No\b/);
  });

  it('who among the readers said something: the comments that share its words', () => {
    const a = ask('which reader brought up critical minerals?');
    expect(a.facts).toEqual(['comment-bermudez']);
  });

  it('in Japanese too', () => {
    const a = ask('Bermudezのコメントは？');
    expect(a.facts).toEqual(['comment-bermudez']);
    expect(a.text).toContain('読者');
  });
});
