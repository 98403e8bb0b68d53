/**
 * More of what is known at each clock (#11, #12): claims found by their words must have been
 * reported by the clock, and a later report must not leak into an earlier clock's answer.
 * Expectations are from /work/shared/sources/ (row numbers of the public record's table).
 */
import { ask, cases } from './build.js';

export default cases(
  'knowledge-end',
  [
    // Row 59: the JBIC loans for the first tranche were reported on 2026-05-01, not before.
    ask('2026-03-25', 'projects', 'how big were the jbic loan deals for the first three projects', {
      mustNotMention: ['¥340 billion', '3400億円'],
    }),
    ask('2026-06-01', 'projects', 'how big were the jbic loan deals for the first three projects', {
      mustMention: [['¥340 billion', '3400億円', '3,400億円']],
      dontKnow: false,
    }),
    // Row 24: the JBIC facility was announced on 2025-09-26.
    ask('2025-09-20', 'terms', 'what did they call the new jbic facility for the us money', {
      mustNotMention: ['Strategic Investment Facility', '戦略的投資ファシリティ'],
    }),
    // Row 42: the election was on 2026-02-08; on 2026-01-20 its result was not known.
    ask('2026-01-20', 'events', 'how many seats did the LDP take in the february election', {
      mustNotMention: ['315'],
    }),
    ask('2026-02-12', 'events', '衆院選で自民党は何議席取ったの？', {
      mustMention: ['315'],
      dontKnow: false,
    }),
    // Row 61: Son's AGM remarks came on 2026-06-24: not known in March.
    ask('2026-03-25', 'projects', 'what did son tell softbank shareholders in june about ohio', {
      mustNotMention: ['customer', '顧客'],
    }),
  ],
  'knowledge-end-more',
);
