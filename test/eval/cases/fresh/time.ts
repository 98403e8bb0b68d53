/**
 * Held-out set: time. "today", "this week", "last week", "last month", "since", tense on either side
 * of an event, and statuses as of the clock.
 */
import { ask, cases } from '../build.js';
import { TAKAICHI, WASHINGTON } from '../names.js';

/** The week of 23 Feb 2026: the Akazawa–Lutnick call (23), the Section 122 surcharge (24), JBIC's Hayashi (26). */
const WEEK_OF_FEB_23 = ['2026-02-23', '2026-02-24', '2026-02-26'];
const PAST_TENSE = '\\b(was held|took place)\\b';
const FUTURE_TENSE = '\\b(will be held|will take place)\\b';
const DIAMOND_LOAN = ['2026-05-01', 'JBIC', 'loan', '融資'];

export default cases(
  'time',
  [
    ask(
      '2026-02-13',
      'events',
      'where is akazawa this week',
      { mustMention: [WASHINGTON] },
      'row 43: 11–14 Feb',
    ),
    ask(
      '2026-03-06',
      'events',
      'is akazawa in washington today',
      { yesNo: 'yes', mustMention: [WASHINGTON] },
      'row 52: 5–8 Mar',
    ),
    ask('2026-03-03', 'events', 'what happened last week', { mustMention: [WEEK_OF_FEB_23] }),
    ask('2026-04-15', 'events', 'what happened last month', { mustMention: ['2026-03-19'] }),
    ask('2025-10-25', 'people', "since ishiba quit, what's changed", { mustMention: [TAKAICHI] }),
    ask('2026-03-12', 'events', 'when does the summit happen', {
      mustMention: ['2026-03-19'],
      mustNotMatch: [PAST_TENSE],
    }),
    ask('2026-04-15', 'events', 'when did the summit take place', {
      mustMention: ['2026-03-19'],
      mustNotMatch: [FUTURE_TENSE],
    }),
    ask('2026-02-25', 'terms', 'how long is the section 122 tariff in place', {
      mustMention: ['2026-07-24'],
    }),
    ask(
      '2026-02-05',
      'projects',
      "what's the status of the diamond plant",
      {
        mustMention: [['candidate', 'under consideration', 'considered', '候補', '検討']],
        mustNotMention: ['2026-02-17'],
      },
      'row 39: a candidate from 27 Jan; selected only on 17 Feb',
    ),
    ask('2026-03-12', 'projects', 'status of the gulflink project', {
      mustMention: [['2026-02-17', 'first tranche', 'selected', '第1弾']],
    }),
    ask('2026-06-15', 'projects', 'status of the georgia diamond plant', { mustMention: [DIAMOND_LOAN] }),
    ask('2025-12-25', 'events', 'what happened this week', { mustMention: ['2025-12-23'] }, 'row 35'),
    ask('2026-03-20', 'events', 'what happened yesterday', { mustMention: ['2026-03-19'] }),
    ask('2026-03-06', 'events', '赤沢さんは今日ワシントン？', { yesNo: 'yes' }),
    ask('2026-03-03', 'events', '先週の動きは？', { mustMention: [WEEK_OF_FEB_23] }),
    ask('2026-04-15', 'events', '先月の主な出来事は？', { mustMention: ['2026-03-19'] }),
    ask('2026-03-12', 'events', '首脳会談はいつ？', { mustMention: ['2026-03-19'] }),
    ask('2026-02-25', 'terms', '122条の関税はいつまで？', { mustMention: ['2026-07-24'] }),
    ask('2025-12-25', 'events', '今週何があった？', { mustMention: ['2025-12-23'] }),
    ask('2026-06-15', 'projects', 'ジョージアの工場は今どうなってる？', { mustMention: [DIAMOND_LOAN] }),
    ask('2025-10-25', 'people', '石破さんの辞任以降、何が変わった？', { mustMention: [TAKAICHI] }),
  ],
  'fresh-time',
);
