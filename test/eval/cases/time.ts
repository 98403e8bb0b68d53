/** Time words and tense (#12): "this week", "today", "last month", "since", statuses that move with the clock. */
import { ask, cases } from './build.js';
import { NUCLEAR, TAKAICHI } from './names.js';

const PAST = '\\b(visited|met with|took place|was held|happened)\\b';
const FUTURE = '\\b(will visit|is expected to|is scheduled|will meet|is set to)\\b';
const RAW_MONTH = '\\b20\\d\\d-\\d{1,2}\\b(?!-)';

export default cases('time', [
  ask('2026-02-12', 'events', 'when does takaichi visit the white house', {
    mustMention: ['2026-03-19'],
    mustNotMatch: [PAST],
  }),
  ask('2026-03-25', 'events', 'when does takaichi visit the white house', {
    mustMention: ['2026-03-19'],
    mustNotMatch: [FUTURE],
  }),
  ask(
    '2026-01-20',
    'events',
    'when is takaichi going to the white house',
    {
      mustMention: [['spring', '春']],
      mustNotMention: ['2026-03-19'],
    },
    'row 37: a spring visit; the day came on Feb 5–6',
  ),
  ask('2026-01-20', 'events', '高市首相の訪米はいつ？', {
    mustMention: [['春', 'spring']],
    mustNotMention: ['2026-03-19'],
  }),
  ask('2026-03-10', 'events', "is akazawa's february trip still going?", {
    yesNo: 'no',
    mustMention: ['2026-02-14'],
  }),
  ask('2026-02-12', 'events', '赤沢大臣の訪米は今どうなってる？', {
    mustMention: ['2026-02-14'],
    mustNotMatch: ['終了した', '終わった'],
  }),
  ask('2026-03-10', 'events', 'what happened last month', {
    mustMention: [
      ['2026-02-17', 'first tranche'],
      ['2026-02-20', 'Supreme Court'],
    ],
  }),
  ask('2026-03-10', 'events', '先月何があった？', {
    mustMention: [
      ['2026-02-17', '第1弾'],
      ['2026-02-20', '最高裁'],
    ],
  }),
  ask('2026-03-19', 'events', "what's happening today?", { mustMention: ['2026-03-19', TAKAICHI] }),
  ask('2026-03-19', 'events', '今日は何がある？', { mustMention: ['2026-03-19', TAKAICHI] }),
  ask('2026-03-25', 'events', "what's happened since the supreme court ruling", {
    mustMention: [['2026-03-11', 'Section 301'], '2026-03-19'],
  }),
  ask('2026-06-01', 'events', '最高裁判決以降の動きは？', {
    mustMention: [['2026-03-11', '301'], '2026-03-19'],
  }),
  ask('2025-09-10', 'events', 'what happened last week', { mustMention: [['2025-09-04', '2025-09-07']] }),
  ask('2025-11-01', 'events', 'what happened this week', { mustMention: [['2025-10-27', '2025-10-28']] }),
  ask('2025-11-01', 'events', '今週の出来事は？', { mustMention: [['2025-10-27', '2025-10-28']] }),
  ask('2026-02-12', 'events', "what's coming up", { mustMention: ['2026-03-19'] }),
  ask('2026-12-06', 'events', "what's coming up", { mustMention: ['2029-01-19'] }),
  ask('2026-12-06', 'events', '今後の予定は？', { mustMention: [['2029-01-19', '2029-03']] }),
  ask('2026-03-10', 'terms', 'when does the section 122 tariff run out', { mustMention: ['2026-07-24'] }),
  ask('2026-12-06', 'terms', 'when did the section 122 tariff end', { mustMention: ['2026-07-24'] }),
  ask('2026-03-10', 'events', 'how long ago was the deal struck', { mustMention: ['2025-07-22'] }),
  ask('2026-02-12', 'events', 'is the summit next month?', { yesNo: 'yes', mustMention: ['2026-03-19'] }),
  ask('2026-03-25', 'events', 'when was the summit', { mustMention: ['2026-03-19'], mustNotMatch: [FUTURE] }),
  ask('2025-12-20', 'events', 'when did the consultation committee meet', {
    mustMention: [['2025-12-17', '2025-12-18']],
  }),
  ask(
    '2026-02-12',
    'events',
    'how many online meetings have there been since december?',
    {
      mustMention: [['four', '4 online', '4回', '四回', '4度']],
    },
    'seed article',
  ),
  ask('2026-02-12', 'events', '12月以降のオンライン会合は何回？', {
    mustMention: [['4回', 'four', '4度', '四回']],
  }),
  ask('2026-02-12', 'events', 'since when have they been meeting online', { mustMention: ['2025-12'] }),
  ask('2026-12-06', 'people', 'how long has takaichi been PM', { mustMention: ['2025-10-21'] }),
  ask('2026-03-10', 'events', 'when did akazawa get back from his trip', { mustMention: ['2026-03-08'] }),
  ask('2026-02-12', 'events', 'when does akazawa get back', { mustMention: ['2026-02-14'] }),
  ask('2026-02-12', 'events', '赤沢さんはいつ帰国する？', { mustMention: ['2026-02-14'] }),
  ask('2025-09-20', 'terms', 'when did the car tariff cut start', { mustMention: ['2025-09-16'] }),
  ask('2026-06-01', 'events', 'what happened in may', { mustMention: [['2026-05-01', 'JBIC']] }),
  ask('2026-06-01', 'events', '5月に何があった？', { mustMention: [['2026-05-01', 'JBIC', '国際協力銀行']] }),
  ask('2026-03-25', 'events', 'events in january 2026', {
    mustMention: [['2026-01-02', '2026-01-27']],
    mustNotMatch: [RAW_MONTH],
  }),
  ask('2026-03-25', 'events', '2026年1月の出来事', {
    mustMention: [['2026-01-02', '2026-01-27']],
    mustNotMatch: [RAW_MONTH],
  }),
  ask('2026-12-06', 'events', 'what happened in february 2026', {
    mustMention: ['2026-02-17', '2026-02-20'],
    mustNotMatch: [RAW_MONTH],
  }),
  ask('2026-12-06', 'events', 'what happened in summer 2025', { mustMention: ['2025-07-22'] }),
  ask('2026-02-20', 'projects', "what's the ohio project's status", { mustMention: ['2026-02-17'] }),
  ask('2026-02-12', 'projects', "what's the ohio power plant's status", {
    mustMention: [['candidate', 'consideration', '候補', '検討']],
    mustNotMention: ['2026-02-17'],
  }),
  ask('2026-03-10', 'projects', 'did anything happen yesterday', {
    mustMention: [['Japan Display', 'JDI', 'ジャパンディスプレイ']],
  }),
  ask('2026-12-06', 'terms', 'how long until the investment deadline', { mustMention: ['2029-01-19'] }),
  ask('2026-03-20', 'events', '昨日の首脳会談どうだった？', { mustMention: ['2026-03-19', NUCLEAR] }),
  ask('2026-02-20', 'events', '来月の予定は？', { mustMention: ['2026-03-19'] }),
  ask('2026-03-25', 'events', '首脳会談はいつだった？', {
    mustMention: ['2026-03-19'],
    mustNotMatch: ['予定です', '予定されて'],
  }),
  ask('2026-02-12', 'events', '首脳会談はいつ？', {
    mustMention: ['2026-03-19'],
    mustNotMatch: ['行われました', '会談した'],
  }),
  ask('2025-09-10', 'events', '先週何があった？', { mustMention: [['2025-09-04', '2025-09-07']] }),
]);
