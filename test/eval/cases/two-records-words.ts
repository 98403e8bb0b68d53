/**
 * Two records named the way people name them (#12): tranches by number, a project by its state and
 * kind. Amounts from the public record (first tranche $36 billion, row 45; Texas port $2.1 billion).
 */
import { ask, cases } from './build.js';
import { OHIO_USD } from './names.js';

export default cases(
  'two-records',
  [
    ask('2026-04-01', 'projects', 'whats tranche 1 and 2 combined', {
      mustMention: [['$36 billion', '360億ドル']],
    }),
    ask('2026-04-01', 'projects', 'tranche one vs tranche two, which is bigger', {
      mustMention: [['$36 billion', '360億ドル']],
    }),
    ask('2026-03-01', 'projects', 'which is bigger, the ohio plant or the texas port?', {
      mustMention: [OHIO_USD, '$2.1 billion'],
    }),
    ask('2026-03-01', 'projects', 'texas port vs georgia diamond plant', {
      mustMention: ['$2.1 billion', ['$600 million', '6億ドル', '$0.6 billion']],
    }),
  ],
  'two-records-words',
);
