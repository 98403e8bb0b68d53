/** Held-out set: conversations of two turns; the second leans on the first. */
import { cases, talk } from '../build.js';
import {
  ELEMENT_SIX,
  GEORGIA,
  LUTNICK,
  NUCLEAR,
  OHIO,
  OHIO_USD,
  SB_ENERGY,
  SENTINEL,
  TAKAICHI,
} from '../names.js';

const ISHIBA = ['Ishiba', '石破'];
const WHERE_GULFLINK = ['Freeport', 'Brazoria', 'フリーポート', 'ブラゾリア'];
const TERM = ['term', '任期'];

export default cases(
  'follow-up',
  [
    talk('2026-03-12', 'projects', [
      ["who's running gulflink?", { mustMention: [SENTINEL] }],
      ['and where is it exactly', { mustMention: [WHERE_GULFLINK] }],
    ]),
    talk('2026-02-25', 'projects', [
      ["what's the diamond plant", { mustMention: [GEORGIA] }],
      ['how much in yen?', { mustMention: [['¥90 billion', '900億円']] }],
    ]),
    talk('2026-04-15', 'events', [
      ['when was the summit', { mustMention: ['2026-03-19'] }],
      ['anything on the money side come out of it?', { mustMention: [NUCLEAR] }],
    ]),
    talk('2025-10-25', 'people', [
      ["who's japan's PM now", { mustMention: [TAKAICHI] }],
      ['who was before her?', { mustMention: [ISHIBA] }],
    ]),
    talk('2026-02-25', 'projects', [
      ['ohio project?', { mustMention: [OHIO_USD] }],
      ['who operates it', { mustMention: [SB_ENERGY] }],
    ]),
    talk('2025-09-30', 'terms', [
      ["what's the tariff on japanese cars", { mustMention: ['15%'] }],
      ['since when?', { mustMention: ['2025-09-16'] }],
    ]),
    talk('2026-03-12', 'people', [
      ['who is jamieson greer', { mustMention: [['USTR', 'Trade Representative', '通商代表']] }],
      ['what did he launch this week', { mustMention: [['301', '2026-03-11']] }],
    ]),
    talk('2026-02-25', 'projects', [
      ['first tranche total?', { mustMention: ['$36 billion'] }],
      ['and the biggest piece?', { mustMention: [[...OHIO, '$33 billion', '$33.3 billion']] }],
    ]),
    talk('2026-12-06', 'terms', [
      ["when's the investment deadline", { mustMention: ['2029-01-19'] }],
      ['why then?', { mustMention: [TERM] }],
    ]),
    talk('2026-01-20', 'events', [
      ['when did the consultation committee first meet', { mustMention: [['2025-12-17', '2025-12-18']] }],
      ['who sits on it?', { mustMention: [['JBIC', 'NEXI', 'METI', 'MOFA', '経済産業省', '外務省']] }],
    ]),
    talk('2026-02-25', 'projects', [
      ['テキサスの案件は？', { mustMention: ['$2.1 billion'] }],
      ['円だといくら？', { mustMention: [['¥330 billion', '3300億円']] }],
    ]),
    talk('2025-10-25', 'people', [
      ['今の首相は？', { mustMention: [TAKAICHI] }],
      ['その前は？', { mustMention: [ISHIBA] }],
    ]),
    talk('2026-02-25', 'projects', [
      ['ダイヤモンド工場は？', { mustMention: [GEORGIA] }],
      ['誰が運営するの？', { mustMention: [ELEMENT_SIX] }],
    ]),
    talk('2025-09-30', 'terms', [
      ['車の関税はいま何％？', { mustMention: ['15%'] }],
      ['いつから？', { mustMention: ['2025-09-16'] }],
    ]),
    talk('2026-12-06', 'terms', [
      ['投資の期限は？', { mustMention: ['2029-01-19'] }],
      ['なんでその日？', { mustMention: [TERM] }],
    ]),
    talk('2026-03-12', 'projects', [
      ['GulfLinkの運営会社は？', { mustMention: [SENTINEL] }],
      ['場所はどこ？', { mustMention: [WHERE_GULFLINK] }],
    ]),
    talk('2026-04-15', 'events', [
      ['3月の首脳会談はいつ？', { mustMention: ['2026-03-19'] }],
      ['投資では何が出た？', { mustMention: [NUCLEAR] }],
    ]),
    talk('2026-03-01', 'people', [
      ['who did akazawa meet in washington in february', { mustMention: [LUTNICK] }],
      ['how long did they talk', { mustMention: [['90 min', '90-min', '90分', 'an hour and a half']] }],
    ]),
  ],
  'fresh-follow-up',
);
