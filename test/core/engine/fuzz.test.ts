import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/core/engine/compose.js';
import { NOW, seedEngine, seedFacts } from './fixture.js';

const engine = seedEngine();
const facts = seedFacts();

/** Every dollar amount the fact base states or that its arithmetic yields. */
const KNOWN_AMOUNTS = new Set(['$550 billion', '$40 billion', '$2 billion', '$500 million', '$42.5 billion']);
const KNOWN_JA_AMOUNTS = new Set(['5,500億ドル', '400億ドル', '20億ドル', '5億ドル', '425億ドル']);

const PINGS = /<!channel>|<!here>|<!everyone>|<!subteam\^|<@[UW][A-Z0-9]+>|@everyone|@here|<@&?\d+>/;

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<!channel> who is akazawa',
    '@everyone projects',
    '<@U123ABC> <!here> what is next',
    '<!subteam^S123|team> sectors',
    '\u0000\u0007\u001b[31m projects \u202e',
    '🇯🇵🇺🇸💴 biggest project?? 🚀',
    '/deal /deal /deal',
    '<script>alert(1)</script>',
    '<@&123456789012345678> timeline',
    '   \n\t\r  ',
  ),
  fc
    .array(
      fc.constantFrom(
        'who',
        'when',
        'projects',
        'is',
        'AI',
        'ラトニック',
        '$',
        '550',
        'billion',
        'の',
        '?',
        ' ',
      ),
      {
        maxLength: 30,
      },
    )
    .map((w) => w.join(' ')),
);

function checkAnswer(question: string): void {
  const a = engine.answer(question, { now: NOW });
  expect(a.intent).not.toBe('error');
  expect(a.text.length).toBeLessThanOrEqual(LIMITS.text);
  expect(a.items.length).toBeLessThanOrEqual(LIMITS.items);
  expect(a.suggestions.length).toBeLessThanOrEqual(LIMITS.suggestions);
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  // Nothing the user typed comes back in a form that pings.
  expect(a.text).not.toMatch(PINGS);
  for (const it of a.items) expect(`${it.label} ${it.detail ?? ''}`).not.toMatch(PINGS);
  // No number the fact base does not hold.
  for (const m of a.text.matchAll(/\$[\d.,]+ (billion|million)/g)) expect(KNOWN_AMOUNTS).toContain(m[0]);
  for (const m of a.text.matchAll(/[\d.,]+億ドル/g)) expect(KNOWN_JA_AMOUNTS).toContain(m[0]);
}

describe('any input gets a bounded answer, never an exception', () => {
  it('random and hostile text (2,000 runs)', () => {
    fc.assert(
      fc.property(hostile, (q) => checkAnswer(q)),
      { numRuns: 2000 },
    );
  });

  it('random clocks across ten years', () => {
    const clock = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(
        clock,
        fc.constantFrom('next', 'timeline', "how many days until the PM's visit?", 'March 2026'),
        (now, q) => {
          const a = engine.answer(q, { now });
          expect(a.intent).not.toBe('error');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('huge input: 100 KB of text, and 100 KB without spaces', () => {
    checkAnswer('who is akazawa '.repeat(7000));
    checkAnswer('x'.repeat(100_000));
    checkAnswer('<!channel>'.repeat(10_000));
  });

  it('names and facts mentioned in the fact base are all reachable', () => {
    for (const p of facts.people)
      expect(engine.answer(`who is ${p.name.en}?`, { now: NOW }).facts[0]).toBe(p.id);
    for (const p of facts.people)
      expect(engine.answer(`${p.name.ja}とは誰？`, { now: NOW }).facts[0]).toBe(p.id);
    for (const s of facts.sectors) {
      expect(engine.answer(`is ${s.name.en} one of the target sectors?`, { now: NOW }).facts[0]).toBe(s.id);
    }
    for (const e of facts.events)
      expect(engine.answer(`when is ${e.name.en}?`, { now: NOW }).facts).toContain(e.id);
  });
});
