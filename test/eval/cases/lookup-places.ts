/**
 * Projects asked by place (#12, look-ups): the sites the sources give (public record, section 3a and
 * the project table), as of the clock.
 */
import { ask, cases } from './build.js';

export default cases(
  'lookup',
  [
    ask('2026-03-01', 'projects', 'what projects are in georgia?', { mustMention: [['diamond', 'ダイヤ']] }),
    ask('2026-03-01', 'projects', 'any deal projects in ohio', { mustMention: [['gas', 'power', 'ガス']] }),
    ask('2026-03-01', 'projects', 'テキサスの案件は？', { mustMention: [['港', 'port', '原油']] }),
    ask('2026-03-01', 'projects', 'are there projects in florida', {
      mustMention: ['Florida'],
      mustNotMention: ['Ohio'],
    }),
  ],
  'lookup-places',
);
