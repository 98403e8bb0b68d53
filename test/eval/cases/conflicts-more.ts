/**
 * More disagreements (#11, #12): any answer that rests on a value the sources disagree about shows
 * every side, with its source, whatever the question's wording; and only the sides reported by the
 * clock. Expectations come from the record's CONFLICT rows and its section 6.
 */
import { ask, cases } from './build.js';
import { OHIO_USD } from './names.js';

const SECTION_122 = ['10%', '15%'] as const;
const OCT_TOTALS = [['$400 billion', '$393.45 billion'], ['$467 billion'], ['$490 billion']] as const;
const RETRO = [
  ['not retroactive', '遡及しない', '遡及されない', 'no retroactive'],
  ['August', '8月'],
] as const;
const SECOND = [
  ['$73 billion', '730億ドル'],
  ['$62.9 billion', '¥10 trillion', '10兆円'],
] as const;

export default cases(
  'conflicts',
  [
    ask(
      '2026-02-25',
      'conflicts',
      "what's the tariff on japanese goods now that the court killed the ieepa ones",
      { conflict: SECTION_122 },
      'row 47: proclamation 10% vs Trump’s 15%',
    ),
    ask('2026-06-01', 'conflicts', '122条の関税は日本には何％？', { conflict: SECTION_122 }),
    ask('2026-03-10', 'conflicts', 'is the section 122 surcharge 10 or 15 percent', {
      conflict: SECTION_122,
    }),
    ask(
      '2025-11-05',
      'conflicts',
      'what did the october project list come to in total',
      { conflict: OCT_TOTALS },
      'row 30',
    ),
    ask('2026-01-20', 'conflicts', '10月のファクトシートの案件は総額いくら？', { conflict: OCT_TOTALS }),
    ask(
      '2025-12-01',
      'conflicts',
      'how many projects were on the october list',
      { conflict: [['21'], ['16']] },
      'row 30: 21 projects vs 16 (tmsa.or.jp)',
    ),
    ask('2025-10-01', 'conflicts', '自動車関税の引き下げは遡って適用された？', { conflict: RETRO }, 'row 22'),
    ask('2026-03-10', 'conflicts', 'did the lower car tariff apply back to august?', { conflict: RETRO }),
    ask('2026-04-01', 'conflicts', 'how much will the ohio gas plant cost', { conflict: OHIO_USD }, 'row 44'),
    ask(
      '2026-02-20',
      'conflicts',
      'ダイヤモンド工場の投資額は？',
      {
        conflict: [
          ['$600 million', '6億ドル'],
          ['$500 million', '5億ドル'],
        ],
      },
      'row 39/44: ~$500M (Jiji, Jan) vs ~$600M (fact sheet)',
    ),
    ask(
      '2025-11-10',
      'conflicts',
      'ウェスチングハウスとの提携はいつ発表された？',
      { conflict: ['2025-10-27', '2025-10-28'] },
      'row 28',
    ),
    ask(
      '2026-02-20',
      'conflicts',
      'what day did akazawa get to washington in february',
      { mustMention: ['2026-02-11'], conflict: ['2026-02-10', '2026-02-11'] },
      'row 43 and the sources README: the 11th is right, the article says the 10th',
    ),
    ask(
      '2025-09-10',
      'conflicts',
      '5500億ドルって現金なの？',
      {
        conflict: [
          ['融資', '保証', 'loan', 'guarantee'],
          ['提供', 'provide', 'our money', '我々の金', 'ボーナス'],
        ],
      },
      'section 6.1',
    ),
    ask(
      '2025-12-01',
      'conflicts',
      'how long does japan have to pay once trump picks a project',
      {
        conflict: [
          ['45 days', '45日'],
          ['45 working days', '45 business days', '45営業日'],
        ],
      },
      'section 6.3',
    ),
    ask(
      '2025-09-15',
      'conflicts',
      "what's the profit split between the US and japan",
      {
        conflict: [
          ['90%', '90/10', '9割'],
          ['50/50', '折半'],
        ],
      },
      'section 6.2',
    ),
    ask('2026-03-25', 'conflicts', '第2弾はいくら？', { conflict: SECOND }, 'row 57'),
    ask(
      '2026-12-06',
      'conflicts',
      'where will the second tranche SMRs be built',
      {
        conflict: [
          ['Tennessee', 'テネシー'],
          ['Alabama', 'アラバマ'],
        ],
      },
      'row 57: Alabama only per ZeroHedge',
    ),
    ask('2025-11-10', 'conflicts', 'how much is bechtel investing', {
      conflict: ['$25 billion', '$50 billion'],
    }),
    ask('2026-02-20', 'conflicts', 'テキサスの案件はLNG施設なの？', {
      conflict: [['LNG'], ['原油', 'crude']],
    }),
    ask(
      '2025-09-10',
      'conflicts',
      'on what day was the mou signed',
      {
        conflict: [
          ['Thursday', '木曜'],
          ['Wednesday', '水曜'],
        ],
      },
      'section 6.4',
    ),
    ask('2025-12-01', 'conflicts', '4月の日本への相互関税は何％だった？', { conflict: ['24%', '27%'] }),
    ask(
      '2025-10-20',
      'conflicts',
      'how much did the october project list total',
      { mustNotMention: ['$467 billion', '$490 billion', '$393.45 billion'] },
      'before the list (Oct 28): no total yet',
    ),
    ask(
      '2026-03-01',
      'conflicts',
      'how big was the first tranche in the end',
      { conflict: [['$36 billion'], ['$38 billion', '$44 billion', '$38–44 billion']] },
      'section 6.9: final $36B vs pre-estimates $38–44B',
    ),
    ask(
      '2026-06-01',
      'conflicts',
      '2月の赤沢氏の到着日は？',
      { mustMention: ['2026-02-11'], conflict: ['2026-02-10', '2026-02-11'] },
      'row 43',
    ),
  ],
  'conflicts-more',
);
