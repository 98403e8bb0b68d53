/**
 * Held-out set: two or more records at once: sums, differences, ratios, averages, shares, remainders,
 * computed from the recorded amounts (row 44: Ohio $33B (Commerce) or $33.3B (Japan), Texas GulfLink
 * $2.1B, Georgia ~$600M, total $36B; the article's candidates $40B, $2B, $500M; JDI ~$13B, copper ~$2B).
 * Where the Ohio figures conflict, either result is accepted.
 */
import { ask, cases } from '../build.js';
import { DIAMOND, OHIO } from '../names.js';

const OHIO_PLUS_TEXAS = ['$35.1 billion', '$35.4 billion'];
const OHIO_MINUS_TEXAS = ['$30.9 billion', '$31.2 billion'];
const AVERAGE = ['$12 billion', '$11.9 billion'];
const TIMES_3_5 = ['3.5 times', '3.5倍', '3.5x', '3.5 x'];

export default cases(
  'two-records',
  [
    ask('2026-02-25', 'projects', 'ohio plus texas, how much', { mustMention: [OHIO_PLUS_TEXAS] }),
    ask('2026-03-12', 'projects', 'how much bigger is the texas terminal than the diamond plant', {
      mustMention: [['$1.5 billion', ...TIMES_3_5]],
    }),
    ask('2026-04-15', 'projects', 'whats left of the 550 after the first tranche', {
      mustMention: ['$514 billion'],
    }),
    ask('2026-02-25', 'projects', 'ratio of ohio to the diamond plant?', {
      mustMention: [['55 times', '55.5 times', '55倍', '55.5倍', '55x', '55.5x']],
    }),
    ask('2026-02-25', 'projects', 'avg size of the three first-batch projects', { mustMention: [AVERAGE] }),
    ask('2026-03-12', 'projects', 'jdi fab vs the ohio plant, which is bigger', {
      mustMention: ['$13 billion', [...OHIO, '$33 billion', '$33.3 billion']],
    }),
    ask(
      '2026-02-16',
      'projects',
      'power plant + port + diamond plant = ?',
      { mustMention: ['$42.5 billion'] },
      "the article's three candidates: $40B + $2B + $0.5B",
    ),
    ask('2026-02-25', 'projects', 'what percent of the 550 is the ohio plant', {
      mustMention: [['6%', '6.0%', '6.1%', '6.05%']],
    }),
    ask('2026-03-12', 'projects', 'copper smelter or gulflink, which costs more', {
      mustMention: ['$2.1 billion', '$2 billion'],
    }),
    ask('2026-02-25', 'projects', 'how much smaller is the port than the ohio plant', {
      mustMention: [OHIO_MINUS_TEXAS],
    }),
    ask(
      '2025-09-30',
      'terms',
      "threatened 25% vs the 15% they got: what's the difference",
      { mustMention: [['10 points', '10 percentage points', '10ポイント', '10%']] },
      'row 3: 15% down from the threatened 25%',
    ),
    ask('2026-02-25', 'projects', 'オハイオとジョージアを足すと？', {
      mustMention: [['$33.6 billion', '$33.9 billion']],
    }),
    ask('2026-04-15', 'projects', '第1弾を除いた残りの枠は？', { mustMention: ['$514 billion'] }),
    ask('2026-03-12', 'projects', 'テキサスの港はダイヤ工場の何倍？', { mustMention: [TIMES_3_5] }),
    ask('2026-02-25', 'projects', '第1弾の平均額は？', { mustMention: [AVERAGE] }),
    ask('2026-03-12', 'projects', 'JDIの工場はオハイオより大きい？', {
      yesNo: 'no',
      mustMention: ['$13 billion'],
    }),
    ask('2026-02-16', 'projects', '候補3件の中で一番小さいのは？', {
      mustMention: [DIAMOND, '$500 million'],
    }),
    ask('2026-02-25', 'projects', 'OhioとTexasの差は？', { mustMention: [OHIO_MINUS_TEXAS] }),
  ],
  'fresh-two-records',
);
