import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/index.js';
import { normalizeLink } from '../../src/core/news/link.js';
import { judgeSource } from '../../src/news/judge.js';
import { realFacts } from '../core/engine/fixture.js';

const facts = realFacts();
const engine = createEngine(facts);
const dayOf = (s: (typeof facts.sources)[number]) =>
  s.published.precision === 'day' ? s.published.date : undefined;
/** The newest source with a day and a link: one a clock set before that day has not seen yet. */
const latest = facts.sources
  .filter((s) => s.url && dayOf(s))
  .sort((a, b) => (dayOf(b) ?? '').localeCompare(dayOf(a) ?? ''))[0];

describe('the news judge of a fact base', () => {
  it('counts a report as cited when the file cites its link, even a source dated after the clock', () => {
    if (!latest?.url) throw new Error('the fact base has no dated source with a link');
    const day = dayOf(latest) ?? '';
    const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000);
    // Answers on that day do not know the source yet...
    expect(engine.knowledgeAt(before).facts.sources.map((s) => s.id)).not.toContain(latest.id);
    // ...but the file cites it, so a report of it is no candidate to curate.
    const judge = judgeSource({ current: () => engine }, () => before)();
    expect(judge.covered(normalizeLink(latest.url) ?? '')).toBe(true);
    expect(judge.covered('https://example.org/never-cited')).toBe(false);
  });
});
