/**
 * More false premises (#12): a successor, a falling-out, a withdrawal and a cancellation no source
 * reports, in new words. The record (rows through June 2026) reports none of them.
 */
import type { Alt } from '../types.js';
import { ask, cases, type Draft } from './build.js';
import { COMMERCE, OHIO_USD } from './names.js';

const premise = (now: string, q: string, known: readonly Alt[]): Draft =>
  ask(now, 'people', q, { rejectsPremise: true, mustMention: known });

export default cases(
  'false-premise',
  [
    premise('2026-05-01', 'who replaced lutnick?', [COMMERCE]),
    premise('2026-05-01', 'ラトニックの後任は誰？', [COMMERCE]),
    premise('2026-05-01', 'why did lutnick and akazawa fall out?', [COMMERCE]),
    premise('2026-05-01', '赤沢とラトニックが決裂したのはなぜ？', [
      ['経済産業', 'METI', 'Economy, Trade and Industry', '商務長官', 'Commerce'],
    ]),
    premise('2026-05-01', 'when did the US cancel the ohio project?', [OHIO_USD]),
    premise('2026-05-01', 'why did japan pull out of the deal?', [
      ['$550 billion', '5,500億ドル', '5500億ドル'],
    ]),
  ],
  'false-premise-words',
);
