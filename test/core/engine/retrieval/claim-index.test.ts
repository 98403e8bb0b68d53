import { describe, expect, it } from 'vitest';
import type { AnswerType } from '../../../../src/core/engine/analysis/question.js';
import { createEngine } from '../../../../src/core/engine/engine.js';
import { ClaimIndex, type Query } from '../../../../src/core/engine/retrieval/claim-index.js';
import { claimSources, claimsOf } from '../../../../src/core/engine/retrieval/claims.js';
import { HOLDS, holdsOf } from '../../../../src/core/engine/retrieval/holds.js';
import { realFacts } from '../fixture.js';

const facts = realFacts();
const index = new ClaimIndex(facts);
const everyone = () => true;
const none = new Map<string, string>();
const sources = new Map([...claimSources(facts)].map((s) => [s.record.id, s]));
/** A search as the engine makes one; `visible` says which records are known on the day. */
const find = (
  question: string,
  day: string,
  expects: AnswerType,
  visible: (id: string) => boolean = everyone,
  extra: Partial<Query> = {},
) =>
  index.find({
    question,
    day,
    expects,
    visible,
    named: none,
    record: (id) => sources.get(id),
    orgName: (id) => facts.organisations.find((o) => o.id === id)?.name,
    ...extra,
  });
const engine = createEngine(facts);
/** The records known on a day, as the engine's knowledge of that day has them. */
const knownOn = (day: string) => (id: string) => engine.knowledgeAt(`${day}T12:00:00Z`).visible(id);

describe('the claims retrieval indexes', () => {
  const claims = claimsOf(facts);

  it('every claim has text in both languages, and the kinds of answer it holds', () => {
    expect(claims.length).toBeGreaterThan(facts.events.length + facts.terms.length);
    for (const c of claims) {
      expect(c.text.en.length).toBeGreaterThan(0);
      expect(c.text.ja.length).toBeGreaterThan(0);
    }
    const seats = claims.find((c) => c.record === 'japan-lower-house-election-2026' && c.kind === 'summary');
    expect(seats && holdsOf(seats) & HOLDS.amount).toBeTruthy();
    expect(seats && holdsOf(seats) & HOLDS.date).toBeTruthy();
  });

  it('an observation is valid from its report until the next report of that value', () => {
    const names = claims.filter((c) => c.record === 'deal-names');
    expect(names.map((c) => [c.from, c.until])).toEqual([
      ['2025-07-23', '2025-10-28'],
      ['2025-10-28', '2026-02-18'],
      ['2026-02-18', ''],
    ]);
  });
});

describe('retrieval over the claims', () => {
  it('finds a claim no handler covers by a paraphrase, in English and in Japanese', () => {
    const en = find('how many seats did the LDP take in the election', '2026-03-01', 'amount', everyone);
    expect(en?.claim.text.en).toMatch(/315/);
    const ja = find('衆院選で自民党は何議席取った？', '2026-03-01', 'amount', everyone);
    expect(ja?.claim.text.ja).toMatch(/315/);
    // Either language's text answers either language's question.
    const cross = find('自民党 seats', '2026-03-01', 'amount', everyone);
    expect(cross?.claim.text.en).toMatch(/315/);
  });

  it('respects the clock: nothing reported after the day, nothing replaced by then', () => {
    const seats = 'how many seats did the LDP take in the election';
    expect(find(seats, '2026-01-20', 'amount', knownOn('2026-01-20'))).toBe(undefined);
    expect(find(seats, '2026-03-01', 'amount', knownOn('2026-03-01'))?.claim.text.en).toMatch(/315/);
    const questions = ['what is the deal called', 'JBIC loan agreements', 'who runs the ohio plant', '総裁'];
    for (const day of ['2025-08-01', '2025-11-01', '2026-03-01', '2026-12-06'])
      for (const q of questions) {
        const hit = find(q, day, 'other', knownOn(day));
        if (!hit) continue;
        expect(hit.claim.from <= day).toBe(true);
        expect(hit.claim.until === '' || hit.claim.until > day).toBe(true);
      }
    // The record itself must be known on the day, as the caller says.
    const hidden = find(
      'how many seats did the LDP take in the election',
      '2026-03-01',
      'amount',
      () => false,
    );
    expect(hidden).toBe(undefined);
  });

  it('gives the value valid on the day, not an earlier report of it', () => {
    const early = find('what is the name of the agreement', '2025-08-01', 'other', everyone);
    const late = find('what is the name of the agreement', '2026-03-01', 'other', everyone);
    expect(early?.claim.from).toBe('2025-07-23');
    expect(late?.claim.from).toBe('2026-02-18');
  });

  it('refuses a claim that does not hold the kind of answer asked for', () => {
    const q = 'how many seats did the LDP take in the election';
    expect(find(q, '2026-03-01', 'amount', everyone)?.claim.text.en).toMatch(/315/);
    // "Where" wants a place, "why" a reason: the claims of the seat count hold neither.
    for (const type of ['place', 'reason'] as const) {
      const hit = find(q, '2026-03-01', type, everyone);
      expect(hit?.claim.text.en ?? '').not.toMatch(/315/);
      expect(hit === undefined || (holdsOf(hit.claim) & HOLDS[type]) !== 0).toBe(true);
    }
  });

  it('refuses a weak match: one shared word, or words the claims do not hold', () => {
    expect(find('ok cool', '2026-03-01', 'other', everyone)).toBe(undefined);
    expect(find("what's the weather like in tokyo today", '2026-03-01', 'other', everyone)).toBe(undefined);
    expect(find('日本の消費税率は？', '2026-03-01', 'other', everyone)).toBe(undefined);
    expect(find('x'.repeat(500), '2026-03-01', 'other', everyone)).toBe(undefined);
  });

  it('lets the caller pass over claims it will not take', () => {
    const q = 'how many seats did the LDP take in the election';
    const first = find(q, '2026-03-01', 'amount', everyone);
    const next = find(q, '2026-03-01', 'amount', everyone, { accept: (c) => c !== first?.claim });
    expect(next).toBeDefined();
    expect(next?.claim).not.toBe(first?.claim);
  });
});

describe('a record the question names', () => {
  it('gives its claims the credit for the name, so a paraphrase of its claim is found', () => {
    const named = new Map([['data-center-power-plant', 'ohio plant']]);
    const hit = find('who runs the ohio plant', '2026-02-20', 'person', everyone, { named });
    expect(hit?.claim.record).toBe('data-center-power-plant');
    expect(hit?.claim.text.en).toMatch(/SB Energy/);
    // Unnamed, one shared word ("run") is not enough.
    expect(find('who runs it', '2026-02-20', 'person')).toBe(undefined);
  });
});
