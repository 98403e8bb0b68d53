/**
 * Held-out set: where the sources disagree, every disagreeing figure is shown (section 6 of the record
 * and the rows marked CONFLICT), never one of them as settled.
 */
import { ask, cases } from '../build.js';

const OHIO = ['$33 billion', '$33.3 billion'] as const;
const LNG_CRUDE = ['LNG', ['crude', '原油']] as const;
const DIAMOND = ['$600 million', '$500 million'] as const;
const SECTION_122 = ['10%', '15%'] as const;
const SECOND = [['$62.9 billion', '¥10 trillion'], '$73 billion'] as const;
const WINDOW = [
  ['45 days', '45日'],
  ['45 working days', '45 business days', '45営業日'],
  ['two months', '2 months', '2か月', '2ヶ月', '2カ月', '約2カ月'],
] as const;

export default cases(
  'conflicts',
  [
    ask('2026-03-12', 'conflicts', 'ohio plant: $33bn or $33.3bn?', { conflict: OHIO }),
    ask('2026-04-15', 'conflicts', "what's the price tag on the ohio power project", { conflict: OHIO }),
    ask(
      '2026-02-25',
      'conflicts',
      'is gulflink for LNG',
      { conflict: LNG_CRUDE },
      'row 44: Trump said LNG; the fact sheet crude',
    ),
    ask(
      '2026-04-15',
      'conflicts',
      '10% or 15% surcharge for japan now?',
      { conflict: SECTION_122 },
      'row 47',
    ),
    ask('2026-12-06', 'conflicts', 'how many days does japan get to pay after trump picks a project', {
      conflict: WINDOW,
    }),
    ask('2026-04-15', 'conflicts', 'second batch value?', { conflict: SECOND }),
    ask('2025-11-25', 'conflicts', 'how much is bechtel in for', {
      conflict: ['$25 billion', '$50 billion'],
    }),
    ask('2026-03-12', 'conflicts', 'diamond plant cost? heard 500m', { conflict: DIAMOND }),
    ask(
      '2026-12-06',
      'conflicts',
      'did the LDP get 315 or 316 seats',
      { conflict: ['315', '316'] },
      'row 42 (minor)',
    ),
    ask('2025-09-30', 'conflicts', 'profit split - is it 90% to the us?', {
      conflict: ['90%', ['50/50', '50:50', '50-50', '半々', '折半']],
    }),
    ask('2026-03-12', 'conflicts', 'how big was the first tranche supposed to be vs what it ended up', {
      conflict: ['$36 billion', ['$38 billion', '$44 billion', '$42.5 billion', '$40 billion']],
    }),
    ask('2026-12-06', 'conflicts', 'jbic finance minister: katsunobu or shunichi kato?', {
      conflict: ['Katsunobu', 'Shunichi'],
    }),
    ask('2026-04-15', 'conflicts', 'オハイオの事業費は330億ドル？333億ドル？', { conflict: OHIO }),
    ask('2026-02-25', 'conflicts', 'テキサスの案件ってLNGなの？', { conflict: LNG_CRUDE }),
    ask('2026-03-12', 'conflicts', 'ダイヤ工場は5億ドル？6億ドル？', { conflict: DIAMOND }),
    ask('2026-04-15', 'conflicts', '122条の追加関税は日本には何％？', { conflict: SECTION_122 }),
    ask('2026-04-15', 'conflicts', '2nd trancheっていくら？', { conflict: SECOND }),
    ask('2026-12-06', 'conflicts', '資金拠出の期限、45日で合ってる？', { conflict: WINDOW }),
    ask('2025-11-25', 'conflicts', 'キャリアの金額は？', { conflict: ['$20 billion', '$25 billion'] }),
  ],
  'fresh-conflicts',
);
