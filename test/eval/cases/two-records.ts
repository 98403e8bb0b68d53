/** Two records at once (#12): comparisons, sums, remainders, averages and ratios from recorded amounts. */
import { ask, cases } from './build.js';
import { DIAMOND, OHIO, OHIO_USD, SECOND_TOTAL } from './names.js';

const LEFT = ['$514 billion', '$514.3 billion'];

export default cases('two-records', [
  ask('2026-02-20', 'projects', 'is the port bigger than the diamond plant?', {
    yesNo: 'yes',
    mustMention: ['$2.1 billion', '$600 million'],
  }),
  ask(
    '2026-02-12',
    'projects',
    'is the port bigger than the diamond plant?',
    {
      yesNo: 'yes',
      mustMention: ['$2 billion', '$500 million'],
    },
    'seed article candidates',
  ),
  ask('2026-02-20', 'projects', 'how much do the texas and georgia projects add up to', {
    mustMention: ['$2.7 billion'],
  }),
  ask('2026-03-25', 'projects', 'テキサスとジョージアの案件を合わせるといくら？', {
    mustMention: ['$2.7 billion'],
  }),
  ask('2026-02-20', 'projects', 'how much of the pledge is left', { mustMention: [LEFT] }),
  ask('2026-03-10', 'projects', '5500億ドルのうち残りはいくら？', { mustMention: [LEFT] }),
  ask('2026-02-20', 'projects', "what's the average project size in the first tranche", {
    mustMention: [['$12 billion', '$11.9 billion']],
  }),
  ask('2026-02-20', 'projects', 'how many times bigger is the ohio plant than the port', {
    mustMention: [['15.7', '15.8', '15.9', '16 times', '16x', '約16倍']],
  }),
  ask('2026-02-20', 'projects', 'what share of the $550bn is the first tranche', {
    mustMention: [['6.5%', '6.55%', '6.6%', '6%']],
  }),
  ask('2026-03-25', 'projects', '第1弾は5500億ドルの何％？', {
    mustMention: [['6.5%', '6.55%', '6.6%', '6%']],
  }),
  ask('2026-02-20', 'projects', 'total of the first tranche', { mustMention: ['$36 billion'] }),
  ask('2026-02-20', 'projects', '第1弾の合計額は？', { mustMention: ['$36 billion'] }),
  ask('2026-02-12', 'projects', 'total of the three candidate projects', { mustMention: ['$42.5 billion'] }),
  ask('2026-02-12', 'projects', '候補3件の合計は？', { mustMention: ['$42.5 billion'] }),
  ask('2026-03-25', 'projects', 'first and second tranche combined?', {
    mustMention: [['$109 billion', '$98.9 billion']],
  }),
  ask('2026-03-25', 'projects', 'which is bigger, the first or second tranche', {
    mustMention: ['$36 billion', SECOND_TOTAL],
  }),
  ask('2026-02-20', 'projects', 'ohio vs texas, which costs more', {
    mustMention: [OHIO, '$2.1 billion', OHIO_USD],
  }),
  ask('2026-02-20', 'projects', 'オハイオとテキサスの差額は？', {
    mustMention: [['$30.9 billion', '$31.2 billion']],
  }),
  ask('2026-02-20', 'projects', "what's the smallest project in the first tranche", {
    mustMention: [DIAMOND, '$600 million'],
  }),
  ask('2026-02-20', 'projects', '第1弾で一番大きい案件は？', { mustMention: [OHIO] }),
  ask('2026-02-20', 'projects', 'how did the ohio figure change from the early reports', {
    mustMention: ['$40 billion', OHIO_USD],
  }),
  ask('2026-02-20', 'projects', 'diamond plant: how much more than first reported?', {
    mustMention: ['$500 million', '$600 million'],
  }),
  ask('2026-02-20', 'projects', 'is the port more than first reported', {
    mustMention: ['$2 billion', '$2.1 billion'],
  }),
  ask('2025-11-01', 'projects', 'compare the westinghouse and GE vernova figures', {
    mustMention: ['$100 billion'],
  }),
  ask('2026-03-10', 'projects', 'is the JDI plant bigger than the georgia plant', {
    yesNo: 'yes',
    mustMention: ['$13 billion', '$600 million'],
  }),
  ask('2026-03-10', 'projects', 'JDIの工場とテキサスの港、どっちが大きい？', {
    mustMention: ['$13 billion', '$2.1 billion'],
  }),
  ask('2025-09-10', 'terms', 'by how many points does the car tariff drop', { mustMention: [['12.5']] }),
  ask('2025-09-10', 'terms', '自動車関税はどれだけ下がる？', { mustMention: ['27.5%', '15%'] }),
  ask('2026-03-10', 'projects', 'how many projects have been picked so far', {
    mustMention: [['three', '3 projects', '3件', '3つ', '三つ'], OHIO, '2026-02-17'],
  }),
  ask('2026-03-25', 'projects', '第2弾は第1弾の何倍？', {
    mustMention: [['2.0', '2倍', '1.7', '2.03', 'twice']],
  }),
  ask('2025-08-01', 'terms', "how do japan's tariff savings compare with the equity it puts in", {
    mustMention: [
      ['¥10 trillion', '10兆円'],
      ['$5.5 billion', '$11 billion'],
    ],
  }),
  ask('2026-06-01', 'projects', 'jbic loans vs the first tranche total', {
    mustMention: [['¥340 billion', '3400億円'], '$36 billion'],
  }),
  ask('2025-08-01', 'terms', 'how much more defence gear per year is japan buying', {
    mustMention: ['$3 billion'],
  }),
  ask('2025-08-01', 'terms', '防衛装備の購入は年にいくら増える？', { mustMention: ['$3 billion'] }),
  ask('2026-03-25', 'projects', 'SMRとオハイオ、どっちが大きい？', {
    mustMention: ['$40 billion', OHIO_USD],
  }),
  ask('2026-02-20', 'projects', 'energy vs minerals in the first tranche: how much each', {
    mustMention: [['$35.1 billion', '$35.4 billion'], '$600 million'],
  }),
  ask('2026-02-20', 'projects', 'ダイヤ工場は港の何分の一？', {
    mustMention: [['3.5', '0.29', '29%', '約3分の1', '3分の1']],
  }),
  ask(
    '2026-03-10',
    'projects',
    '第1弾と第2弾の候補を合わせると5500億ドルの何割？',
    {
      mustMention: [['4分の1', '25%', 'quarter', '2割', '3割']],
    },
    'row 53: first + second ≈ a quarter',
  ),
]);
