/**
 * Lookups in the words people use (#12): the car tariff, what Japan gets, an official's words, the
 * money split. Expectations from /work/shared/sources/public-record-2025-07-to-2026-06.md.
 */
import { ask, cases } from './build.js';
import { LUTNICK } from './names.js';

export default cases(
  'lookup',
  [
    ask(
      '2025-10-01',
      'terms',
      "what's the tariff on japanese cars",
      { mustMention: ['15%'] },
      'row 23: 15% from Sept 16',
    ),
    ask(
      '2026-04-01',
      'terms',
      '日本車の関税はいま何％？',
      { mustMention: ['15%'] },
      'Section 232 untouched by the ruling',
    ),
    ask('2026-04-01', 'terms', 'are car tariffs still 15% after the court ruling', { mustMention: ['15%'] }),
    ask('2025-08-15', 'terms', "what's japan getting out of this?", { mustMention: [['tariff', '関税']] }),
    ask('2026-01-15', 'terms', '日本にとっての見返りは？', { mustMention: [['関税', 'tariff']] }),
    ask('2025-09-20', 'people', 'what has lutnick been saying', {
      mustMention: [LUTNICK, ['90', '50/50', 'cash']],
    }),
    ask('2025-09-20', 'terms', 'how does the money get split', {
      mustMention: [['90%', '90/10', '９割', '9割']],
    }),
    ask('2025-09-20', 'terms', 'what is this 50/50 then 90/10 thing', {
      mustMention: [['90%', '90/10', '9割']],
    }),
  ],
  'lookup-words',
);
