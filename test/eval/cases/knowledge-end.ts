/** Where knowledge ends (#11): the record runs to June 2026, and the bot must say so, at every clock. */
import { ask, cases } from './build.js';
import { RECORD_END } from './names.js';

export default cases('knowledge-end', [
  ask('2026-12-06', 'coverage', 'how current is this?', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', '情報はいつまでのもの？', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', "what's the latest news", { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', 'any third tranche yet?', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', '第3弾はもう決まった？', { mustMention: [RECORD_END] }),
  ask(
    '2026-12-06',
    'coverage',
    'what happened when the section 122 tariff ran out in july',
    {
      mustMention: ['2026-07-24', RECORD_END],
    },
    'row 62: scheduled end, no source on what happened',
  ),
  ask('2026-12-06', 'coverage', 'did the second tranche projects actually go ahead?', {
    mustMention: [RECORD_END],
  }),
  ask('2026-12-06', 'coverage', "what's next?", { mustMention: ['2029-01-19'] }, 'section 5'),
  ask('2026-12-06', 'coverage', '次の予定は？', { mustMention: [['2029-01-19', '2029-03']] }),
  ask(
    '2026-12-06',
    'coverage',
    'did takaichi meet trump in new york in september?',
    {
      mustMention: [
        ['low-authority', 'low authority', 'unconfirmed', 'not confirmed', 'single', RECORD_END, '未確認'],
      ],
    },
    'people: a single low-authority report',
  ),
  ask('2026-06-01', 'coverage', "what's the latest on the ohio project", {
    mustMention: [['JBIC', 'loan', '2026-05-01', 'ground']],
  }),
  ask('2026-03-25', 'coverage', 'how up to date are you', {
    mustMention: ['2026-03'],
    mustNotMention: [RECORD_END],
  }),
  ask('2026-02-12', 'coverage', 'how current is your info?', {
    mustMention: ['2026-02'],
    mustNotMention: [RECORD_END],
  }),
  ask('2025-11-01', 'coverage', 'この情報っていつ時点？', {
    mustMention: ['2025-10'],
    mustNotMention: [RECORD_END],
  }),
  ask('2026-12-06', 'coverage', 'is the deal still on?', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', '最新のニュースは？', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', 'what happened in october 2026', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', '2026年9月に赤沢さんは訪米した？', {
    mustMention: [['未確認', '確認されていません', 'low authority', 'unconfirmed', RECORD_END]],
  }),
  ask('2026-12-06', 'coverage', "when's the next summit", { mustMention: [RECORD_END] }),
  ask('2026-07-01', 'coverage', 'did the section 301 investigations wrap up?', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', 'どこまで分かってるの？', { mustMention: [RECORD_END] }),
  ask('2025-08-01', 'coverage', "what's the newest thing you know", {
    mustMention: ['2025-07'],
    mustNotMention: ['2025-09-04'],
  }),
  ask('2026-12-06', 'coverage', 'anything new since summer?', { mustMention: [RECORD_END] }),
  ask('2026-12-06', 'coverage', 'オハイオのデータセンターはその後どうなった？', {
    mustMention: [RECORD_END],
  }),
]);
