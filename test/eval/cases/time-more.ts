/**
 * More time cases (#12): a month named without a year, "since <month>", key dates, contractions of
 * question words. Dates from /work/shared/sources/public-record-2025-07-to-2026-06.md (rows given).
 */
import { ask, cases } from './build.js';

export default cases(
  'time',
  [
    // "Since <month>": the latest such month before the clock, to the clock's day.
    ask('2026-03-12', 'events', "what's happened since february?", { mustMention: ['2026-02-20'] }, 'row 47'),
    ask('2026-03-12', 'events', '2月以降の動きは？', { mustMention: ['2026-02-20'] }, 'row 47'),
    ask(
      '2026-03-01',
      'events',
      'anything new since the tariff ruling?',
      { mustMention: ['2026-02-24'] },
      'row 47',
    ),
    ask('2026-03-01', 'events', '判決以降の動きは？', { mustMention: ['2026-02-24'] }, 'row 47'),
    // A month without a year, asked about the past: last December, not next.
    ask('2026-01-10', 'events', 'what happened in december?', {
      mustMention: [['2025-12-17', '2025-12-18']],
    }),
    ask('2026-01-10', 'events', '12月に何があった？', { mustMention: [['2025-12-17', '2025-12-18']] }),
    ask('2025-11-01', 'events', 'what went on in october', { mustMention: ['2025-10-21'] }, 'row 26'),
    ask('2025-11-01', 'events', '10月の出来事は？', { mustMention: ['2025-10-21'] }, 'row 26'),
    // Key dates, as known on the clock's day.
    ask('2025-10-01', 'events', 'key dates so far?', {
      mustMention: ['2025-07-22', '2025-09-04'],
      mustNotMention: ['2026-02-17'],
    }),
    ask('2026-03-25', 'events', '主な出来事は？', { mustMention: ['2025-07-22', '2026-02-17'] }),
    ask('2026-12-06', 'events', 'milestones pls', { mustMention: ['2025-07-22', '2026-02-20'] }),
    // "When's", "what's": the question word is read.
    ask('2026-02-12', 'events', "when's takaichi going to the white house", { mustMention: ['2026-03-19'] }),
    ask('2026-12-06', 'people', "who's the PM now", { mustMention: [['Takaichi', '高市']] }),
  ],
  'time-more',
);
