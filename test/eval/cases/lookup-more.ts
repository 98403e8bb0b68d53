/**
 * Plain look-ups, a second file (#12): projects asked by their place, people by their office at the
 * clock, typos and kana spellings, and "when" questions that name both a term and an event.
 * Expectations come from /work/shared/sources/ (public record rows and section 2–4), as of each clock.
 */
import { ask, cases } from './build.js';
import {
  AKAZAWA,
  COMMERCE,
  ELEMENT_SIX,
  GEORGIA,
  LUTNICK,
  OHIO,
  OHIO_USD,
  PRIME_MINISTER,
  SB_ENERGY,
  SECOND_TOTAL,
  SENTINEL,
  TAKAICHI,
  TENNESSEE,
  TEXAS,
} from './names.js';

const TREASURY = ['Treasury', '財務長官'];
const ENERGY_SECRETARY = ['Energy Secretary', 'Secretary of Energy', 'エネルギー長官', 'エネルギー省長官'];

export default cases(
  'lookup',
  [
    // Projects asked by their place (section 3a; fact sheet of 2026-02-17/18).
    ask('2026-03-25', 'projects', 'which company runs the georgia plant', { mustMention: [ELEMENT_SIX] }),
    ask('2026-02-20', 'projects', 'ジョージアの工場はいくら？', { mustMention: ['$600 million'] }),
    ask('2026-02-20', 'projects', 'the texas one, how much?', { mustMention: ['$2.1 billion'] }),
    ask('2026-03-25', 'projects', 'テキサスの港の運営会社は？', { mustMention: [SENTINEL] }),
    ask('2026-02-20', 'projects', 'how big is the ohio one', { mustMention: [OHIO_USD, OHIO] }),
    ask('2026-02-20', 'projects', 'オハイオの案件の運営は？', { mustMention: [SB_ENERGY] }),
    ask('2026-02-20', 'projects', 'where is the diamond plant going', { mustMention: [GEORGIA] }),
    ask('2026-03-25', 'projects', 'where exactly is the ohio project', {
      mustMention: [['Portsmouth', 'Piketon', 'ポーツマス', 'パイクトン']],
    }),
    ask('2026-03-25', 'projects', '2nd batch total?', { mustMention: [SECOND_TOTAL] }, 'row 57'),
    ask('2026-03-25', 'projects', '第2弾の候補はどこ？', { mustMention: [TENNESSEE] }, 'row 57 (NHK)'),
    // People by their office at the clock (section 4; row 26 for the Takaichi cabinet of 2025-10-21).
    ask('2025-11-01', 'people', "who is japan's finance minister", {
      mustMention: [['Katayama', '片山']],
      mustNotMention: ['Kato', '加藤'],
    }),
    ask('2025-10-01', 'people', 'japanese prime minister?', {
      mustMention: [['Ishiba', '石破']],
      mustNotMention: ['Takaichi', '高市'],
    }),
    ask('2026-03-10', 'people', '今の首相は誰？', { mustMention: [TAKAICHI] }),
    ask('2026-03-25', 'people', 'who is greer', {
      mustMention: [['USTR', 'Trade Representative', '通商代表']],
    }),
    ask('2026-03-25', 'people', 'グリアって誰？', {
      mustMention: [['USTR', '通商代表', 'Trade Representative']],
    }),
    ask('2026-01-20', 'people', 'who is chris wright', { mustMention: [ENERGY_SECRETARY] }, 'row 35'),
    ask('2025-08-01', 'people', 'bessent is who', { mustMention: [TREASURY] }, 'row 6'),
    ask(
      '2026-03-25',
      'people',
      'who is masayoshi son',
      { mustMention: [['SoftBank', 'ソフトバンク']] },
      'row 58',
    ),
    ask('2025-08-01', 'people', "akazawa's job?", {
      mustMention: [['Economic Revitalization', '経済再生']],
      mustNotMention: ['Economy, Trade and Industry', '経済産業大臣'],
    }),
    ask('2026-02-12', 'people', '赤沢さんの役職は？', {
      mustMention: [['Economy, Trade and Industry', '経済産業']],
    }),
    // Typos and kana spellings.
    ask('2026-03-10', 'people', 'who is lutnck', { mustMention: [COMMERCE] }),
    ask('2026-02-20', 'people', 'たかいちさんって誰', { mustMention: [PRIME_MINISTER] }),
    ask('2026-02-20', 'projects', 'sentinal midstream project?', { mustMention: [TEXAS, '$2.1 billion'] }),
    ask('2026-03-10', 'people', 'あかざわ大臣は誰？', { mustMention: [AKAZAWA] }),
    // "When" questions: an event is asked for, not the term or tranche of the same name.
    ask('2026-02-20', 'events', 'what day did trump announce the first projects', {
      mustMention: ['2026-02-17'],
    }),
    ask('2026-03-25', 'events', '最高裁の判決はいつ？', { mustMention: ['2026-02-20'] }, 'row 47'),
    ask(
      '2026-03-25',
      'events',
      'when does the section 122 surcharge run out',
      { mustMention: ['2026-07-24'] },
      'row 47/62',
    ),
    ask('2026-03-25', 'events', 'when did akazawa go to washington in march', {
      mustMention: ['2026-03-05'],
      mustNotMention: ['2026-02-11'],
    }),
    ask('2025-11-01', 'events', 'トランプ大統領の来日はいつ？', {
      mustMention: [['2025-10-27', '2025-10-28']],
    }),
    ask('2026-03-25', 'events', 'when did takaichi meet trump at the white house', {
      mustMention: ['2026-03-19'],
    }),
    ask('2026-01-20', 'events', 'first consultation committee meeting date?', {
      mustMention: [['2025-12-17', '2025-12-18']],
    }),
    // Terms, as of the clock.
    ask('2025-09-10', 'terms', 'how long does japan have to fund a project after trump picks it', {
      mustMention: [['45 days', '45日']],
    }),
    ask('2025-12-01', 'terms', '投資の期限はいつまで？', { mustMention: ['2029-01-19'] }),
    ask('2025-12-01', 'terms', 'who chairs the investment committee', {
      mustMention: [[...COMMERCE, ...LUTNICK]],
    }),
    ask('2026-06-01', 'events', 'JBICの融資契約はいつ？', { mustMention: ['2026-05-01'] }, 'row 59 (S1)'),
  ],
  'lookup-more',
);
