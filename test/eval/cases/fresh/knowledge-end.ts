/**
 * Held-out set: where knowledge ends. After June 2026 the answer says the record runs to June 2026;
 * at earlier clocks it gives what was known then; single low-authority reports are marked as such.
 */
import { ask, cases } from '../build.js';
import { RECORD_END } from '../names.js';

const END = { mustMention: [RECORD_END] };
const WEAK = [
  'low authority',
  'low-authority',
  'unconfirmed',
  'not confirmed',
  'single',
  '未確認',
  '確認されていません',
  RECORD_END,
];

export default cases(
  'knowledge-end',
  [
    ask('2026-09-01', 'coverage', 'anything new on the deal this summer', END),
    ask('2026-08-15', 'coverage', 'what happened when the 150 days ran out', {
      mustMention: ['2026-07-24', RECORD_END],
    }),
    ask('2026-10-01', 'coverage', 'did they pick a third batch of projects', END),
    ask('2026-12-06', 'coverage', 'is the gulflink terminal built yet', END),
    ask('2026-11-15', 'coverage', 'status of the SMR project in tennessee', END),
    ask(
      '2026-12-06',
      'coverage',
      'did akazawa go to washington in september',
      { mustMention: [WEAK] },
      'people: a low-authority digest only',
    ),
    ask('2026-07-20', 'coverage', 'latest?', END),
    ask('2025-09-30', 'coverage', "what's the most recent thing you have", {
      mustMention: ['2025-09'],
      mustNotMention: ['2025-10-21'],
    }),
    ask('2026-12-06', 'coverage', 'did the section 301 probes lead to new car tariffs', END),
    ask('2026-12-06', 'coverage', 'did takaichi and trump meet again after march', { mustMention: [WEAK] }),
    ask('2026-09-01', 'coverage', 'この夏の動きは？', END),
    ask('2026-08-15', 'coverage', '150日の期限が切れた後どうなった？', {
      mustMention: ['2026-07-24', RECORD_END],
    }),
    ask('2026-10-01', 'coverage', '第3弾の案件は選ばれた？', END),
    ask('2026-11-15', 'coverage', 'テネシーのSMRはどうなった？', END),
    ask('2026-12-06', 'coverage', 'GulfLinkはもう完成した？', END),
    ask('2026-07-20', 'coverage', '一番新しい情報は？', END),
    ask('2025-09-30', 'coverage', 'いちばん新しいニュースは？', {
      mustMention: ['2025-09'],
      mustNotMention: ['2025-10-21'],
    }),
  ],
  'fresh-knowledge-end',
);
