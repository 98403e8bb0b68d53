import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/answer.js';
import type { AnswerOptions, ConversationContext } from '../../src/core/engine/index.js';
import { answerOf } from './answer-fixture.js';
import { cases, talk } from './cases/build.js';
import { floorsOf } from './floors.js';
import { type AnswersQuestions, runCase, score } from './score.js';

/** A twin of the engine that answers from a table; a conversation's context is the last question asked. */
class TableEngine implements AnswersQuestions {
  readonly seen: AnswerOptions[] = [];
  constructor(private readonly table: Record<string, string>) {}
  answer(question: string, options: AnswerOptions): Answer {
    this.seen.push(options);
    const lead = this.table[question];
    return lead === undefined
      ? answerOf({ kind: 'unknown', intent: 'unknown', lead: "I don't know." })
      : answerOf({ lead });
  }
  converse(question: string, options: AnswerOptions): { answer: Answer; context: ConversationContext } {
    return { answer: this.answer(question, options), context: { focus: [question], list: [] } };
  }
}

const set = [
  ...cases('lookup', [
    { now: '2026-02-20', part: 'projects', q: 'first tranche?', expect: { mustMention: ['$36 billion'] } },
    { now: '2026-02-20', part: 'projects', q: 'jobs?', expect: { mustMention: ['500 jobs'] } },
  ]),
  ...cases('unknown-names', [
    { now: '2026-02-20', part: 'meta', q: 'brazil?', expect: { dontKnow: true, namesBack: 'Brazil' } },
  ]),
  ...cases('follow-up', [
    talk('2026-02-20', 'projects', [
      ['first tranche?', { mustMention: ['$36 billion'] }],
      ['and the third?', { mustMention: ['Georgia'] }],
    ]),
  ]),
];

describe('score', () => {
  it('scores per class and counts a false "I don\'t know" against precision', () => {
    const s = score(new TableEngine({ 'first tranche?': 'The first tranche is $36 billion.' }), set, false);
    expect(s.byClass.lookup).toEqual({ pass: 1, total: 2, accuracy: 0.5 });
    expect(s.byClass['unknown-names']?.pass).toBe(0); // said "I don't know" but did not name Brazil back
    expect(s.overall.total).toBe(4);
    expect(s.dontKnow).toMatchObject({ said: 2, right: 1, wrong: 1, expected: 1, precision: 0.5, recall: 1 });
  });

  it('fails a conversation when the engine takes no conversation, without asking it', () => {
    const engine = new TableEngine({ 'first tranche?': '$36 billion', 'and the third?': 'Georgia' });
    const r = runCase(engine, set[3]!, false);
    expect(r.pass).toBe(false);
    expect(r.failures).toEqual(['the engine takes no conversation: follow-ups cannot be asked']);
    expect(engine.seen).toEqual([]);
  });

  it("carries each turn's context to the next turn of the same conversation, and no further", () => {
    const engine = new TableEngine({ 'first tranche?': '$36 billion', 'and the third?': 'Georgia' });
    const r = runCase(engine, set[3]!, true);
    expect(r.pass).toBe(true);
    runCase(engine, set[3]!, true);
    const carried = engine.seen.map((o) => o.conversation?.focus[0]);
    // The second run is a new conversation: its first turn starts without a context.
    expect(carried).toEqual([undefined, 'first tranche?', undefined, 'first tranche?']);
  });
});

describe('score by set', () => {
  const dev = cases('lookup', [
    { now: '2026-02-20', part: 'projects', q: 'first tranche?', expect: { mustMention: ['$36 billion'] } },
    { now: '2026-02-20', part: 'projects', q: 'jobs?', expect: { mustMention: ['500 jobs'] } },
  ]);
  const fresh = cases(
    'lookup',
    [
      {
        now: '2026-03-12',
        part: 'projects',
        q: 'tranche one total',
        expect: { mustMention: ['$36 billion'] },
      },
      { now: '2026-03-12', part: 'projects', q: 'ohio?', expect: { mustMention: ['Ohio'] } },
      { now: '2026-03-12', part: 'projects', q: 'texas?', expect: { mustMention: ['Texas'] } },
    ],
    'fresh-lookup',
  ).map((c) => ({ ...c, set: 'fresh' as const }));
  const engine = new TableEngine({
    'first tranche?': 'The first tranche is $36 billion.',
    'tranche one total': '$36 billion in all.',
    'ohio?': 'Ohio: $33 billion.',
  });

  it('tallies the dev set (cases without a set) and the held-out set apart, and both in the class', () => {
    const s = score(engine, [...dev, ...fresh], false);
    expect(s.bySet).toEqual({
      dev: { pass: 1, total: 2, accuracy: 0.5 },
      fresh: { pass: 2, total: 3, accuracy: 2 / 3 },
    });
    expect(s.byClassInSet.dev.lookup).toEqual({ pass: 1, total: 2, accuracy: 0.5 });
    expect(s.byClassInSet.fresh.lookup).toEqual({ pass: 2, total: 3, accuracy: 2 / 3 });
    expect(s.byClass.lookup).toEqual({ pass: 3, total: 5, accuracy: 0.6 });
  });

  it("takes the floors per class and overall from the dev set, and the held-out set's overall apart", () => {
    const f = floorsOf(score(engine, [...dev, ...fresh], false));
    expect(f.overall).toBe(0.5);
    expect(f.classes.lookup).toBe(0.5);
    expect(f.classes.why).toBe(0);
    expect(f.sets).toEqual({ fresh: 0.66 });
  });

  it('gives an empty set no tally and a floor of zero', () => {
    const s = score(engine, dev, false);
    expect(s.bySet.fresh).toBeUndefined();
    expect(s.byClassInSet.fresh).toEqual({});
    expect(floorsOf(s).sets.fresh).toBe(0);
  });
});
