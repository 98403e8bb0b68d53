/**
 * More questions asking one detail of a record (#12): site, operator, capacity, cost in yen,
 * financing, jobs, completion. The detail first where the sources give it (as of the clock), else
 * "not stated", then what is known. Expectations from /work/shared/sources/ (section 3 and rows 44–61).
 */
import { ask, cases } from './build.js';
import {
  DIAMOND,
  ELEMENT_SIX,
  GEORGIA,
  OHIO,
  OHIO_USD,
  PENNSYLVANIA,
  SB_ENERGY,
  SENTINEL,
  TENNESSEE,
  TEXAS,
} from './names.js';

const PIKETON = ['Piketon', 'Portsmouth', 'パイクトン', 'ポーツマス'];
const FREEPORT = ['Freeport', 'Brazoria', 'フリーポート', 'ブラゾリア'];
const YEN_OHIO = ['¥5.2 trillion', '5.2兆円', '5兆2000億円'];
const JBIC_LOANS = ['¥340 billion', '3400億円', '3,400億円'];

export default cases(
  'dropped-detail',
  [
    // Site.
    ask(
      '2026-03-25',
      'projects',
      'where exactly is the ohio plant going',
      { mustMention: [PIKETON] },
      'section 3a',
    ),
    ask('2026-02-20', 'projects', "where's the gulflink terminal", { mustMention: [FREEPORT] }, 'section 3a'),
    ask('2026-02-20', 'projects', 'ガルフリンクの場所は？', { mustMention: [FREEPORT] }, 'section 3a'),
    ask(
      '2026-03-25',
      'projects',
      'which town is the diamond plant in',
      { notStated: true, mustMention: [GEORGIA] },
      'section 3a: site not specified',
    ),
    ask(
      '2026-03-25',
      'projects',
      'ダイヤモンド工場はジョージア州のどこ？',
      { notStated: true, mustMention: [GEORGIA] },
      'section 3a: site not specified',
    ),
    // Operator.
    ask(
      '2026-02-20',
      'projects',
      'who runs the ohio plant',
      { mustMention: [SB_ENERGY] },
      'row 44: SB Energy',
    ),
    ask('2026-02-20', 'projects', 'オハイオの発電所を運営するのは？', { mustMention: [SB_ENERGY] }, 'row 44'),
    ask(
      '2026-02-20',
      'projects',
      "who's the operator of the gulflink port",
      { mustMention: [SENTINEL] },
      'row 44',
    ),
    ask('2026-02-20', 'projects', 'ダイヤモンド工場の事業者は？', { mustMention: [ELEMENT_SIX] }, 'row 44'),
    ask(
      '2026-03-25',
      'projects',
      'who will operate the texas gas plant in the second tranche',
      { notStated: true, mustMention: [TEXAS] },
      'section 3b: not named',
    ),
    ask(
      '2026-03-25',
      'projects',
      'テキサスのガス発電所の運営会社は？',
      { notStated: true },
      'section 3b: not named',
    ),
    // Capacity, as of the clock.
    ask(
      '2026-03-25',
      'projects',
      'オハイオ発電所は何ギガワット？',
      { mustMention: ['9.2'] },
      'row 44: 9.2 GW',
    ),
    ask(
      '2026-02-12',
      'projects',
      'how many GW will the ohio power plant be',
      { notStated: true, mustNotMention: ['9.2'] },
      'the 9.2 GW came with the fact sheet of 17–18 Feb',
    ),
    ask(
      '2026-03-25',
      'projects',
      'what capacity will the SMRs have',
      { notStated: true, mustMention: [TENNESSEE] },
      'section 3b: no capacity given',
    ),
    // Cost in yen.
    ask(
      '2026-03-25',
      'projects',
      'オハイオのガス発電所、円換算だと？',
      { mustMention: [YEN_OHIO] },
      'section 3a: about ¥5.2tn',
    ),
    ask(
      '2026-02-20',
      'projects',
      'the diamond plant in yen?',
      { mustMention: [['¥90 billion', '900億円']] },
      'section 3a: about ¥90bn',
    ),
    ask(
      '2026-02-20',
      'projects',
      'ガルフリンクは日本円でいくら？',
      { mustMention: [['¥330 billion', '3300億円', '3,300億円']] },
      'section 3a: about ¥330bn',
    ),
    // Financing and spending.
    ask(
      '2026-06-01',
      'projects',
      'how much did JBIC lend for the gulflink port',
      { notStated: true, mustMention: [JBIC_LOANS] },
      'row 59: over ¥340bn for the three, no per-project figure',
    ),
    ask('2026-06-01', 'projects', '第1弾の融資額はいくら？', { mustMention: [JBIC_LOANS] }, 'row 59'),
    ask(
      '2026-03-25',
      'projects',
      'who pays for the grid upgrades at the ohio site',
      { mustMention: ['$4.2 billion', SB_ENERGY] },
      'row 58',
    ),
    ask(
      '2026-03-25',
      'projects',
      'how much is the pennsylvania gas plant on its own',
      { notStated: true, mustMention: [PENNSYLVANIA] },
      'section 3b: only a total of up to $73B',
    ),
    // Jobs and completion: never stated.
    ask(
      '2026-03-25',
      'projects',
      'how many jobs will the gulflink port create',
      { notStated: true, mustMention: [TEXAS] },
      'no job figure in the sources',
    ),
    ask('2026-02-20', 'projects', '港の雇用は何人？', { notStated: true }, 'no job figure in the sources'),
    ask(
      '2026-06-01',
      'projects',
      'when will the ohio plant start producing power',
      { notStated: true, mustMention: [OHIO] },
      'no completion date in the sources',
    ),
    ask(
      '2026-02-20',
      'projects',
      'ダイヤモンド工場の完成はいつ？',
      { notStated: true, mustMention: [DIAMOND] },
      'no completion date in the sources',
    ),
    ask(
      '2026-06-01',
      'projects',
      'when did construction start at piketon',
      { mustMention: [['May 2026', '2026-05', '5月']] },
      'row 60: reported groundbreaking, May 2026 (low authority)',
    ),
    // Output and purpose.
    ask(
      '2026-02-20',
      'projects',
      'how much of us demand will the diamond plant cover',
      { mustMention: [['100%', 'all US demand', 'all of', '全量', 'すべて', '全て']] },
      'section 3a: 100% of US diamond-grit demand',
    ),
    ask(
      '2026-02-20',
      'projects',
      'what will gulflink add to crude exports',
      { mustMention: [['$20 billion', '$30 billion', '200億ドル', '300億ドル']] },
      'section 3a: +$20–30B a year',
    ),
    ask(
      '2026-03-25',
      'projects',
      'what kind of reactors are the tennessee SMRs',
      { mustMention: ['BWRX-300'] },
      'section 3b: BWRX-300 type',
    ),
    ask(
      '2026-02-20',
      'projects',
      "what's the ohio project actually called",
      { mustMention: [['Portsmouth Powered Land', 'ポーツマス']] },
      'section 3a',
    ),
    ask(
      '2026-03-25',
      'projects',
      'how much will the ohio plant cost',
      { mustMention: [OHIO_USD] },
      'section 3a',
    ),
  ],
  'dropped-detail-more',
);
