/** Points on which the sources disagree (#11, section 6): both sides must be shown, never one as settled. */
import { ask, cases } from './build.js';
import { OHIO_USD, TENNESSEE } from './names.js';

const OCT_TOTALS = [['$400 billion', '$393.45 billion'], ['$467 billion'], ['$490 billion']] as const;
const SECTION_122 = ['10%', '15%'] as const;
const WINDOW = [
  ['45 days', '45日'],
  ['45 working days', '45 business days', '45営業日'],
] as const;

export default cases('conflicts', [
  ask(
    '2026-02-20',
    'conflicts',
    'how much is the ohio plant',
    { conflict: OHIO_USD },
    'row 44: Commerce vs Japan',
  ),
  ask('2026-03-25', 'conflicts', 'オハイオの発電所はいくら？', { conflict: OHIO_USD }),
  ask('2026-12-06', 'conflicts', 'ohio project cost?', { conflict: OHIO_USD }),
  ask('2026-06-01', 'conflicts', 'オハイオ案件の投資額は？', { conflict: OHIO_USD }),
  ask(
    '2025-11-01',
    'conflicts',
    'how much did the october project list add up to',
    { conflict: OCT_TOTALS },
    'row 30',
  ),
  ask('2025-12-01', 'conflicts', '10月に発表された候補案件の合計は？', { conflict: OCT_TOTALS }),
  ask('2026-12-06', 'conflicts', 'total of the october candidate list?', { conflict: OCT_TOTALS }),
  ask(
    '2026-03-25',
    'conflicts',
    'how big is the second tranche',
    { conflict: [['$73 billion'], ['$62.9 billion', '¥10 trillion', '10兆円']] },
    'row 57',
  ),
  ask('2026-06-01', 'conflicts', '第2弾の規模は？', {
    conflict: [['$73 billion'], ['$62.9 billion', '¥10 trillion', '10兆円']],
  }),
  ask('2026-12-06', 'conflicts', '2nd batch total?', {
    conflict: [['$73 billion'], ['$62.9 billion', '¥10 trillion', '10兆円']],
  }),
  ask(
    '2026-03-10',
    'conflicts',
    'what tariff does japan face after the court ruling',
    { conflict: SECTION_122 },
    'row 47',
  ),
  ask('2026-03-25', 'conflicts', '最高裁判決のあとの関税率は？', { conflict: SECTION_122 }),
  ask('2026-06-01', 'conflicts', 'section 122 rate for japan?', { conflict: SECTION_122 }),
  ask(
    '2026-06-01',
    'conflicts',
    'is it 45 days or 45 business days to fund a project?',
    { conflict: WINDOW },
    'terms: funding deadline',
  ),
  ask('2026-12-06', 'conflicts', '資金拠出の期限は45日？45営業日？', { conflict: WINDOW }),
  ask('2025-12-01', 'conflicts', 'what was the april tariff rate on japan before the deal', {
    conflict: ['24%', '27%'],
  }),
  ask('2026-12-06', 'conflicts', '4月の相互関税率は24%？27%？', { conflict: ['24%', '27%'] }),
  ask(
    '2025-11-10',
    'conflicts',
    'when was the westinghouse deal announced',
    { conflict: ['2025-10-27', '2025-10-28'] },
    'row 28',
  ),
  ask('2026-03-10', 'conflicts', 'ウェスチングハウスとの提携発表は何日？', {
    conflict: ['2025-10-27', '2025-10-28'],
  }),
  ask(
    '2026-02-12',
    'conflicts',
    'the article says akazawa arrived feb 10, is that right?',
    {
      mustMention: ['2026-02-11'],
      conflict: ['2026-02-10', '2026-02-11'],
    },
    'seed vs Kyodo/Jiji: the 11th is right',
  ),
  ask('2026-03-10', 'conflicts', '赤沢氏のワシントン到着は2月10日と11日どっち？', {
    mustMention: ['2026-02-11'],
    conflict: ['2026-02-10', '2026-02-11'],
  }),
  ask('2026-02-20', 'conflicts', 'is the texas project LNG or crude', {
    conflict: [['LNG'], ['crude', '原油']],
  }),
  ask('2026-03-10', 'conflicts', 'テキサスの案件はLNG？原油？', { conflict: [['LNG'], ['crude', '原油']] }),
  ask(
    '2025-08-01',
    'conflicts',
    'does the US really get 90% of the profits?',
    {
      conflict: [
        ['90%', '9割'],
        ['contribution', 'risk', 'リスク', '出資比率'],
      ],
    },
    'row 7',
  ),
  ask('2025-08-01', 'conflicts', '米国が利益の9割を取るって本当？', {
    conflict: [
      ['90%', '9割'],
      ['contribution', 'risk', 'リスク', '出資比率'],
    ],
  }),
  ask(
    '2025-10-01',
    'conflicts',
    'was the car tariff cut retroactive?',
    {
      conflict: [
        ['not retroactive', '遡及しない', '遡及されない', 'no retroactive'],
        ['August', '8月'],
      ],
    },
    'row 22',
  ),
  ask('2025-11-10', 'conflicts', 'how much is carrier putting in', {
    conflict: ['$20 billion', '$25 billion'],
  }),
  ask('2025-11-10', 'conflicts', 'Bechtelの金額は？', { conflict: ['$25 billion', '$50 billion'] }),
  ask(
    '2025-09-10',
    'conflicts',
    'is the 550 billion actual cash or what',
    {
      conflict: [
        ['loan', '融資', 'guarantee', '保証'],
        ['provide', 'our money', 'signing bonus'],
      ],
    },
    'section 6.1',
  ),
  ask(
    '2026-03-25',
    'conflicts',
    'were the second tranche projects actually approved?',
    {
      mustMention: [['candidate', '候補'], TENNESSEE],
    },
    'row 57: announced vs candidates',
  ),
  ask('2025-09-10', 'conflicts', 'what day of the week was the mou signed', {
    mustMention: [['Thursday', '木曜']],
  }),
  ask('2026-03-25', 'conflicts', '第2弾は発表されたの？それとも候補だけ？', {
    mustMention: [['候補', 'candidate'], TENNESSEE],
  }),
  ask('2026-12-06', 'conflicts', 'second tranche: was it $40bn or $73bn?', {
    conflict: [['$40 billion'], ['$73 billion'], ['$62.9 billion', '¥10 trillion']],
  }),
  ask('2026-12-06', 'conflicts', 'what does the US say the $550bn is vs what japan says', {
    conflict: [
      ['loan', 'guarantee', '融資', '保証', '2%'],
      ['provide', 'our money', 'signing bonus'],
    ],
  }),
  ask('2026-03-25', 'conflicts', '第1弾の日本の見方と米国の見方で金額が違う？', { conflict: OHIO_USD }),
  ask('2026-12-06', 'conflicts', 'how many candidate projects were on the october list, 21 or 16?', {
    conflict: [['21'], ['16']],
  }),
]);
