/**
 * Two records at once, a second file (#12): sums, differences, ratios, shares, averages, extremes and
 * remainders over named projects and tranches, in English and Japanese, at several clocks. Figures from
 * the public record's section 3 (first tranche: Ohio $33B (Commerce) or $33.3B (Japan), Texas $2.1B,
 * Georgia ~$600M, total $36B; seed-article candidates: $40B, $2B, $0.5B; second tranche up to $73B).
 */
import { ask, cases } from './build.js';
import { DIAMOND, GEORGIA, OHIO, SECOND_TOTAL, TEXAS } from './names.js';

const LEFT = ['$514 billion', '$514.3 billion'];
const TRANCHE_AVERAGE = ['$12 billion', '$11.9 billion', '$12.0 billion'];

export default cases(
  'two-records',
  [
    ask('2026-02-20', 'projects', 'ohio plus texas together?', {
      mustMention: [['$35.1 billion', '$35.4 billion']],
    }),
    ask('2026-02-20', 'projects', 'テキサスとオハイオの案件の差は？', {
      mustMention: [['$30.9 billion', '$31.2 billion']],
    }),
    ask('2026-02-20', 'projects', 'how many times bigger is the port than the diamond plant', {
      mustMention: [['3.5']],
    }),
    ask('2026-03-25', 'projects', 'georgia vs texas, which is bigger', {
      mustMention: [TEXAS, '$2.1 billion'],
    }),
    ask('2026-02-20', 'projects', 'オハイオとジョージア、どっちが大きい？', { mustMention: [OHIO] }),
    ask('2026-03-25', 'projects', 'average size of the first tranche projects', {
      mustMention: [TRANCHE_AVERAGE],
    }),
    ask('2026-03-25', 'projects', '第1弾の案件の平均額は？', { mustMention: [TRANCHE_AVERAGE] }),
    ask('2026-03-10', 'projects', 'how much is left of the pledge after the first batch', {
      mustMention: [LEFT],
    }),
    ask('2026-02-20', 'projects', '5500億ドルのうち、まだ割り当てられていないのは？', {
      mustMention: [LEFT],
    }),
    ask('2026-02-20', 'projects', 'what % of the first tranche is the ohio plant', {
      mustMention: [['91.7%', '92%', '92.5%', '91.6%']],
    }),
    ask('2026-02-20', 'projects', 'smallest project in the first tranche', {
      mustMention: ['$600 million', DIAMOND],
    }),
    ask('2026-02-20', 'projects', '第1弾で一番小さい案件は？', { mustMention: [[...DIAMOND, ...GEORGIA]] }),
    ask(
      '2026-02-12',
      'projects',
      'add up the power plant, the port and the diamond plant',
      { mustMention: ['$42.5 billion'], mustNotMention: ['$36 billion'] },
      'seed article candidates, before the first tranche',
    ),
    ask('2026-02-20', 'projects', 'ohio vs the port: difference?', {
      mustMention: [['$30.9 billion', '$31.2 billion']],
    }),
    ask('2026-02-20', 'projects', 'how much bigger is the ohio plant than the georgia one', {
      mustMention: [['$32.4 billion', '$32.7 billion']],
    }),
    ask('2026-06-01', 'projects', 'ジョージアの工場とテキサスの港の合計は？', {
      mustMention: ['$2.7 billion'],
    }),
    ask('2026-02-20', 'projects', 'is the diamond plant smaller than the port?', { yesNo: 'yes' }),
    ask('2026-03-25', 'projects', 'first tranche vs second tranche, which is bigger?', {
      mustMention: [SECOND_TOTAL, '$36 billion'],
    }),
    ask('2026-02-20', 'projects', 'ダイヤモンド工場は第1弾全体の何％？', {
      mustMention: [['1.7%', '1.67%', '1.6%', '2%']],
    }),
    ask('2026-02-20', 'projects', 'how many times the diamond plant is the ohio plant', {
      mustMention: [['55', '55.5', '56']],
    }),
    ask(
      '2025-10-01',
      'projects',
      'average project size?',
      { mustNotMention: ['$33 billion', '$12 billion', '$2.1 billion'] },
      'no project was recorded before the October 2025 list',
    ),
  ],
  'two-records-more',
);
