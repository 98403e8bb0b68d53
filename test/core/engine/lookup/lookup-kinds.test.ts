import { describe, expect, it } from 'vitest';
import { closeWinner, fitOf, wantedOf } from '../../../../src/core/engine/readings/answer-fit.js';
import type { Reading } from '../../../../src/core/engine/readings/reading.js';
import { realEngine } from '../fixture.js';

const engine = realEngine();
const ask = (q: string, now: string) => engine.answer(q, { now });

const reading = (key: string): Reading => ({
  key,
  score: 0.9,
  label: key,
  question: key,
  run: () => {
    throw new Error('not run');
  },
});

describe('the kind of record that answers what is asked', () => {
  it('reads a date, a place or a person from words anywhere in the question', () => {
    expect(wantedOf('first tranche announced when', 'first tranche announced when?', 'other')).toBe('date');
    expect(wantedOf('scotus tariff ruling date pls', 'scotus tariff ruling date pls', 'other')).toBe('date');
    expect(wantedOf('第2弾の候補はどこ', '第2弾の候補はどこ？', 'other')).toBe('place');
    // The opening words decide first.
    expect(wantedOf('who announced it and when', 'who announced it and when', 'person')).toBe('person');
    expect(wantedOf('tell me about the port', 'tell me about the port', 'other')).toBe('other');
  });

  it('scores record kinds by whether they can answer', () => {
    expect(fitOf('event.any-id', 'date')).toBe(1);
    expect(fitOf('term.any-id', 'date')).toBe(-1);
    expect(fitOf('tranche.any-id', 'date')).toBe(0);
    expect(fitOf('project.any-id.general', 'place')).toBe(1);
    expect(fitOf('who.any-id', 'person')).toBe(1);
    expect(fitOf('event.any-id', 'other')).toBe(0);
  });

  it('breaks a tie between an event and a term for a date, and leaves two of a kind to the user', () => {
    const kb = engine.knowledgeAt('2026-03-25');
    expect(closeWinner(kb, reading('term.x'), reading('event.y'), 'date')?.key).toBe('event.y');
    expect(closeWinner(kb, reading('project.x.general'), reading('event.y'), 'place')?.key).toBe(
      'project.x.general',
    );
    expect(closeWinner(kb, reading('term.x'), reading('term.y'), 'date')).toBeUndefined();
  });

  it('answers "when" with the event, not "did you mean" the tranche or committee of the same words', () => {
    const tranche = ask('first tranche announced when?', '2026-02-20');
    expect(tranche.kind).not.toBe('ambiguous');
    expect(tranche.text).toContain('February 17, 2026');
    const committee = ask('協議委員会の初会合はいつ？', '2026-01-20');
    expect(committee.kind).not.toBe('ambiguous');
    expect(committee.text).toMatch(/12月1[78]日/);
  });

  it('answers "where" with the project, not the event that names it', () => {
    const port = ask('where is the port', '2026-02-20');
    expect(port.kind).not.toBe('ambiguous');
    expect(port.text).toContain('Freeport');
  });
});

describe('events told apart by the words and month asked', () => {
  it('takes the visit of the month named', () => {
    const march = ask('赤沢さんの3月のワシントン訪問はいつからいつまで？', '2026-03-25');
    expect(march.text).toContain('3月5日');
    expect(march.text).not.toContain('2月11日');
  });

  it('takes the ruling, not the hearing, when the question says the tariffs were struck down', () => {
    const ruling = ask('最高裁がIEEPA関税を無効にしたのはいつ', '2026-03-10');
    expect(ruling.text).toContain('2026年2月20日');
  });
});

describe('a tariff asked by what it applies to', () => {
  it('goods: the reciprocal tariff; cars: the auto tariff', () => {
    const goods = ask("what's the tariff on japanese goods now", '2025-09-10');
    expect(goods.kind).toBe('answer');
    expect(goods.text).toContain('15%');
    expect(goods.title).toMatch(/reciprocal/);
    expect(ask("what's the tariff on japanese cars", '2025-10-01').text).toContain('27.5%');
  });
});
