/** Plain questions about each part of the record (#11), asked at the clocks each answer holds from. */
import { ask, cases } from './build.js';
import {
  AKAZAWA,
  COMMERCE,
  DIAMOND,
  ELEMENT_SIX,
  GE_HITACHI,
  GEORGIA,
  LUTNICK,
  METI,
  NUCLEAR,
  OHIO,
  PENNSYLVANIA,
  PRIME_MINISTER,
  SB_ENERGY,
  SENTINEL,
  TAKAICHI,
  TENNESSEE,
  TEXAS,
  TRUMP,
} from './names.js';

export default cases('lookup', [
  // Events
  ask('2025-08-01', 'events', 'when was the trade deal reached?', { mustMention: ['2025-07-22'] }, 'row 3'),
  ask('2026-12-06', 'events', '日米の貿易合意っていつ成立したの？', { mustMention: ['2025-07-22'] }),
  ask('2025-09-10', 'events', 'when did they sign the mou', { mustMention: ['2025-09-04'] }, 'row 14'),
  ask('2026-03-10', 'events', 'MOUに署名したのは誰？', { mustMention: [LUTNICK, AKAZAWA] }),
  ask('2025-09-10', 'terms', 'what tariff did the sept 4 executive order set', { mustMention: ['15%'] }),
  ask(
    '2025-10-01',
    'events',
    'when did the 15% car tariff kick in',
    { mustMention: ['2025-09-16'] },
    'row 22',
  ),
  ask('2025-10-01', 'events', '自動車関税はいつから15%になった？', { mustMention: ['2025-09-16'] }),
  ask(
    '2025-11-01',
    'events',
    'when was trump in japan',
    { mustMention: [['2025-10-27', '2025-10-28']] },
    'row 27, 29',
  ),
  ask('2026-01-20', 'events', 'when did the consultation committee first meet', {
    mustMention: [['2025-12-17', '2025-12-18']],
  }),
  ask('2026-01-20', 'events', '協議委員会の初会合はいつ？', { mustMention: [['2025-12-17', '2025-12-18']] }),
  ask('2026-01-20', 'events', 'who was on the dec 23 ministerial call', {
    mustMention: [AKAZAWA, LUTNICK, ['Wright', 'ライト']],
  }),
  ask(
    '2026-02-12',
    'events',
    "when's takaichi going to the white house",
    { mustMention: ['2026-03-19'] },
    'row 41',
  ),
  ask('2026-02-12', 'events', '高市首相の訪米はいつ？', { mustMention: ['2026-03-19'] }),
  ask('2026-02-12', 'events', 'when did akazawa land in DC', { mustMention: ['2026-02-11'] }, 'row 43'),
  ask('2026-02-20', 'events', 'first tranche announced when?', { mustMention: ['2026-02-17'] }, 'row 44'),
  ask('2026-02-20', 'events', '第1弾の案件はいつ発表された？', {
    mustMention: [['2026-02-17', '2026-02-18']],
  }),
  ask('2026-03-10', 'events', 'when did the supreme court strike down the tariffs', {
    mustMention: ['2026-02-20'],
  }),
  ask(
    '2026-03-10',
    'events',
    '最高裁がIEEPA関税を無効にしたのはいつ',
    { mustMention: ['2026-02-20'] },
    'row 47',
  ),
  ask('2026-03-25', 'events', 'when was the section 301 probe launched', {
    mustMention: ['2026-03-11', ['Greer', 'グリア']],
  }),
  ask('2026-03-25', 'events', '赤沢さんの3月のワシントン訪問はいつからいつまで？', {
    mustMention: ['2026-03-05', '2026-03-08'],
  }),
  ask('2026-06-01', 'events', 'when did JBIC sign the loans for the first projects', {
    mustMention: ['2026-05-01'],
  }),
  ask(
    '2026-12-06',
    'events',
    'when did ishiba say he was quitting',
    { mustMention: ['2025-09-07'] },
    'row 19',
  ),
  ask('2025-11-01', 'events', 'when did takaichi become PM', { mustMention: ['2025-10-21'] }, 'row 26'),
  ask('2025-11-01', 'events', '高市さんが首相になったのはいつ', { mustMention: ['2025-10-21'] }),
  ask('2026-02-12', 'events', 'when was the japanese election and how did the LDP do', {
    mustMention: ['2026-02-08', '315'],
  }),
  ask('2025-12-01', 'events', 'when did the supreme court hear the tariff case', {
    mustMention: ['2025-11-05'],
  }),
  ask(
    '2026-03-25',
    'events',
    'what came out of the march 19 summit',
    { mustMention: [NUCLEAR] },
    'row 56-57',
  ),
  ask('2026-03-25', 'events', 'what happened in piketon', {
    mustMention: [
      ['data cent', 'データセンター'],
      ['10 GW', '10GW', '10ギガワット'],
    ],
  }),
  // Terms
  ask('2025-09-10', 'terms', 'how long does japan have to fund a project', {
    mustMention: [['45 days', '45日']],
  }),
  ask('2026-02-12', 'terms', '資金を出すまでの期限は何日？', { mustMention: [['45日', '45 days']] }),
  ask('2025-09-10', 'terms', 'how are profits split', {
    mustMention: [
      ['50/50', '50-50', '半々', '折半', '50%'],
      ['90/10', '90%', '9割'],
    ],
  }),
  ask('2026-12-06', 'terms', '利益配分はどうなってる？', {
    mustMention: [
      ['50/50', '50-50', '半々', '折半', '50%'],
      ['90/10', '90%', '9割'],
    ],
  }),
  ask('2026-12-06', 'terms', "what's the deadline for the $550bn", { mustMention: ['2029-01-19'] }),
  ask('2026-03-10', 'terms', '投資期限はいつまで？', { mustMention: ['2029-01-19'] }),
  ask('2025-09-10', 'terms', 'who picks the projects', {
    mustMention: [['President', 'Trump', '大統領', 'トランプ']],
  }),
  ask('2026-02-12', 'terms', '案件を最終的に選ぶのは誰？', {
    mustMention: [['大統領', 'トランプ', 'President', 'Trump']],
  }),
  ask('2026-01-20', 'terms', 'who chairs the investment committee', {
    mustMention: [[...COMMERCE, ...LUTNICK]],
  }),
  ask('2026-02-12', 'terms', 'what sectors does the money go to', {
    mustMention: [
      ['semiconductor', '半導体'],
      ['shipbuilding', '造船'],
      ['quantum', '量子'],
    ],
  }),
  ask('2026-02-12', 'terms', '対象分野を教えて', {
    mustMention: [
      ['半導体', 'semiconductor'],
      ['造船', 'shipbuilding'],
    ],
  }),
  ask('2025-09-10', 'terms', "what's the tariff on japanese goods now", { mustMention: ['15%'] }),
  ask('2025-12-01', 'terms', '実際の出資は何％くらい？', { mustMention: ['2%'] }, 'row 8: 1–2% equity'),
  ask('2025-12-01', 'terms', 'how much of the 550 is real equity', { mustMention: ['2%'] }),
  ask('2025-10-01', 'terms', "what's JBIC's role", { mustMention: [['loan', '融資', 'guarantee', '保証']] }),
  ask('2025-09-10', 'terms', "what's the tariff on japanese cars", { mustMention: ['27.5%', '15%'] }),
  ask('2025-08-01', 'terms', 'what did japan promise besides the 550', {
    mustMention: [
      ['rice', 'コメ', '米'],
      ['Boeing', 'ボーイング'],
    ],
  }),
  // Projects
  ask('2026-02-20', 'projects', "what's in the first tranche", { mustMention: [OHIO, TEXAS, GEORGIA] }),
  ask('2026-02-20', 'projects', '第1弾の3案件は？', { mustMention: [OHIO, TEXAS, GEORGIA] }),
  ask('2026-03-25', 'projects', 'what projects are in the second tranche', {
    mustMention: [TENNESSEE, PENNSYLVANIA],
  }),
  ask('2026-03-25', 'projects', '第2弾には何が入ってる？', { mustMention: [TENNESSEE, PENNSYLVANIA] }),
  ask('2026-02-20', 'projects', 'who runs the ohio plant', { mustMention: [SB_ENERGY] }),
  ask('2026-02-20', 'projects', 'texas gulflinkって誰が運営するの', { mustMention: [SENTINEL] }),
  ask('2026-02-20', 'projects', "who's behind the diamond plant", { mustMention: [ELEMENT_SIX] }),
  ask('2026-02-12', 'projects', 'what projects are being looked at', {
    mustMention: ['$40 billion', '$2 billion', '$500 million'],
  }),
  ask('2026-02-12', 'projects', '検討中の案件は？', {
    mustMention: ['$40 billion', '$2 billion', '$500 million'],
  }),
  ask('2025-11-01', 'projects', 'which japanese companies were on the october list', {
    mustMention: [
      ['SoftBank', 'ソフトバンク'],
      ['Toshiba', '東芝'],
    ],
  }),
  ask('2026-03-10', 'projects', 'what about japan display', { mustMention: ['$13 billion'] }, 'row 54'),
  ask(
    '2026-03-10',
    'projects',
    '銅の製錬の案件は？',
    { mustMention: ['$2 billion', ['銅', 'copper']] },
    'row 51',
  ),
  ask('2026-06-01', 'projects', 'where exactly is the ohio project', {
    mustMention: [['Piketon', 'Portsmouth', 'パイクトン', 'ポーツマス']],
  }),
  ask('2026-02-20', 'projects', 'where is the port', {
    mustMention: [['Freeport', 'Brazoria', 'フリーポート']],
  }),
  ask('2026-03-25', 'projects', "who's building the SMRs", { mustMention: [GE_HITACHI] }),
  ask('2026-03-25', 'projects', 'オハイオ案件の運営会社は？', { mustMention: [SB_ENERGY] }),
  ask('2026-02-20', 'projects', 'ジョージアの工場は何を作るの？', { mustMention: [DIAMOND] }),
  // People
  ask('2025-08-01', 'people', 'who is akazawa', {
    mustMention: [['Economic Revitalization', '経済再生', 'tariff negotiator', '関税交渉']],
    mustNotMention: ['Economy, Trade and Industry', '経済産業大臣'],
  }),
  ask('2026-02-12', 'people', 'who is akazawa', { mustMention: [METI] }),
  ask('2026-02-12', 'people', '赤沢って誰？', { mustMention: [METI] }),
  ask('2025-09-10', 'people', "who's the japanese PM", {
    mustMention: [['Ishiba', '石破']],
    mustNotMention: ['Takaichi'],
  }),
  ask('2025-11-01', 'people', '日本の首相は誰？', { mustMention: [TAKAICHI], mustNotMention: ['2026-03'] }),
  ask('2026-12-06', 'people', 'who is lutnick', { mustMention: [COMMERCE] }),
  ask('2026-12-06', 'people', 'ベッセントって誰', { mustMention: [['財務長官', 'Treasury']] }),
  ask('2025-11-01', 'people', "who's japan's finance minister", { mustMention: [['Katayama', '片山']] }),
  ask('2025-10-01', 'people', 'who was finance minister when the JBIC facility was set up', {
    mustMention: [['Kato', '加藤']],
  }),
  ask('2026-03-25', 'people', 'who is jamieson greer', {
    mustMention: [['Trade Representative', 'USTR', '通商代表']],
  }),
  ask('2026-06-01', 'people', 'who is masayoshi son', { mustMention: [['SoftBank', 'ソフトバンク']] }),
  ask('2026-03-10', 'people', 'JBICの総裁は？', { mustMention: [['林', 'Hayashi']] }),
  ask('2026-01-20', 'people', 'who is chris wright', {
    mustMention: [['Energy Secretary', 'Secretary of Energy', 'エネルギー長官']],
  }),
  ask('2026-12-06', 'people', "who's carl coe", {
    mustMention: [['chief of staff', '首席補佐官', 'DOE', 'エネルギー省']],
  }),
  ask('2025-11-01', 'people', '国交大臣は誰？', { mustMention: [['金子', 'Kaneko']] }),
  ask('2026-03-25', 'people', 'who does takaichi meet in washington', { mustMention: [TRUMP] }),
  ask('2026-02-20', 'people', '高市さんって誰？', { mustMention: [PRIME_MINISTER] }),
  // Typos, slang and fragments
  ask('2026-02-12', 'people', 'who is akazwa', { mustMention: [METI] }),
  ask('2026-03-10', 'people', 'lutnik is who exactly', { mustMention: [COMMERCE] }),
  ask('2026-02-20', 'projects', 'how much is the diamnd plant', { mustMention: ['$600 million'] }),
  ask('2026-02-20', 'projects', 'gulflnk operator?', { mustMention: [SENTINEL] }),
  ask('2026-03-25', 'events', 'wen was takaichis white house visit', { mustMention: ['2026-03-19'] }),
  ask('2025-09-10', 'events', 'wen did they sign teh mou', { mustMention: ['2025-09-04'] }),
  ask('2026-12-06', 'terms', 'whens the deadlien for the investments', { mustMention: ['2029-01-19'] }),
  ask('2026-03-25', 'projects', '2nd tranch projects?', { mustMention: [TENNESSEE] }),
  ask('2026-02-12', 'people', 'ラトニクって誰', { mustMention: [COMMERCE] }),
  ask('2026-02-20', 'projects', 'おはいおの案件いくら', { mustMention: [['$33 billion', '$33.3 billion']] }),
  ask('2026-12-06', 'events', 'takaichi trump summit when??', { mustMention: ['2026-03-19'] }),
  ask('2026-02-20', 'projects', 'first tranche $$$?', { mustMention: ['$36 billion'] }),
  ask('2026-03-10', 'events', 'scotus tariff ruling date pls', { mustMention: ['2026-02-20'] }),
  ask('2025-11-01', 'people', 'whos the new PM lol', { mustMention: [TAKAICHI] }),
  ask('2026-03-25', 'events', 'あかざわさんの3月の訪米いつだっけ', {
    mustMention: [['2026-03-05', '2026-03-06']],
  }),
  ask('2026-02-20', 'projects', 'だいやもんど工場の運営は？', { mustMention: [ELEMENT_SIX] }),
]);
