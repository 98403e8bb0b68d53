/** Follow-ups (#12): a conversation of turns; each later turn leans on the one before. */
import { cases, talk } from './build.js';
import {
  AKAZAWA,
  ELEMENT_SIX,
  GEORGIA,
  LUTNICK,
  METI,
  NUCLEAR,
  OHIO,
  OHIO_USD,
  SECOND_TOTAL,
  SENTINEL,
  TAKAICHI,
  TENNESSEE,
  TRUMP,
  WASHINGTON,
} from './names.js';

const YEN_OHIO = ['¥5.2 trillion', '5.2兆円', '5兆2000億円'];

export default cases('follow-up', [
  talk('2026-02-20', 'projects', [
    ["what's in the first tranche?", { mustMention: [OHIO] }],
    ['and the third one?', { mustMention: [GEORGIA] }],
  ]),
  talk('2026-02-20', 'projects', [
    ['tell me about the texas port', { mustMention: ['$2.1 billion'] }],
    ['who runs it?', { mustMention: [SENTINEL] }],
  ]),
  talk('2026-02-12', 'events', [
    ["when is takaichi's white house visit?", { mustMention: ['2026-03-19'] }],
    ['who will she meet?', { mustMention: [TRUMP] }],
  ]),
  talk('2026-02-12', 'events', [
    ['where is akazawa now?', { mustMention: [WASHINGTON] }],
    ['when does he get back?', { mustMention: ['2026-02-14'] }],
  ]),
  talk('2026-02-20', 'projects', [
    ['how much is the diamond plant?', { mustMention: ['$600 million'] }],
    ["who's building it?", { mustMention: [ELEMENT_SIX] }],
  ]),
  talk('2026-03-25', 'projects', [
    ['what was in the second tranche?', { mustMention: [TENNESSEE] }],
    ['how much in total?', { mustMention: [SECOND_TOTAL] }],
  ]),
  talk('2026-02-20', 'people', [
    ['who is lutnick?', { mustMention: [['Commerce', '商務']] }],
    ['what did he announce this week?', { mustMention: ['2026-02-17'] }],
  ]),
  talk('2025-09-10', 'events', [
    ['when was the MOU signed?', { mustMention: ['2025-09-04'] }],
    ['who signed it?', { mustMention: [LUTNICK, AKAZAWA] }],
  ]),
  talk('2026-03-10', 'projects', [
    ['tell me about the ohio project', { mustMention: [OHIO_USD] }],
    ['in yen?', { mustMention: [YEN_OHIO] }],
  ]),
  talk('2026-03-10', 'events', [
    ['what did the supreme court decide?', { mustMention: ['2026-02-20'] }],
    ['and how did japan react?', { mustMention: ['$550 billion'] }],
  ]),
  talk('2026-03-25', 'events', [
    ['when was the summit?', { mustMention: ['2026-03-19'] }],
    ['what came out of it?', { mustMention: [NUCLEAR] }],
  ]),
  talk('2026-02-12', 'projects', [
    ['projects', { mustMention: ['$40 billion'] }],
    ['which is the smallest?', { mustMention: ['$500 million'] }],
  ]),
  talk('2026-02-20', 'projects', [
    ['第1弾の案件は？', { mustMention: [OHIO] }],
    ['3つ目は？', { mustMention: [GEORGIA] }],
  ]),
  talk('2026-02-20', 'projects', [
    ['テキサスの港について教えて', { mustMention: ['$2.1 billion'] }],
    ['運営は誰？', { mustMention: [SENTINEL] }],
  ]),
  talk('2026-02-12', 'events', [
    ['高市首相の訪米はいつ？', { mustMention: ['2026-03-19'] }],
    ['誰と会うの？', { mustMention: [TRUMP] }],
  ]),
  talk('2026-02-12', 'events', [
    ['赤沢さんは今どこ？', { mustMention: [WASHINGTON] }],
    ['いつ帰ってくる？', { mustMention: ['2026-02-14'] }],
  ]),
  talk('2026-02-20', 'projects', [
    ['ダイヤモンド工場はいくら？', { mustMention: ['$600 million'] }],
    ['どこが作るの？', { mustMention: [ELEMENT_SIX] }],
  ]),
  talk('2025-09-10', 'events', [
    ['MOUはいつ署名された？', { mustMention: ['2025-09-04'] }],
    ['署名したのは？', { mustMention: [LUTNICK] }],
  ]),
  talk('2026-03-10', 'projects', [
    ['オハイオの案件は？', { mustMention: [OHIO_USD] }],
    ['円だと？', { mustMention: [YEN_OHIO] }],
  ]),
  talk('2026-03-25', 'events', [
    ['首脳会談はいつだった？', { mustMention: ['2026-03-19'] }],
    ['何が決まった？', { mustMention: [NUCLEAR] }],
  ]),
  talk('2026-02-20', 'people', [
    ['who is akazawa?', { mustMention: [METI] }],
    ['when did he arrive in washington?', { mustMention: ['2026-02-11'] }],
    ['and who did he meet?', { mustMention: [LUTNICK] }],
  ]),
  talk('2026-02-20', 'projects', [
    ['is the port bigger than the diamond plant?', { yesNo: 'yes' }],
    ['by how much?', { mustMention: ['$1.5 billion'] }],
  ]),
  talk('2026-03-25', 'projects', [
    ['second trancheの中身は？', { mustMention: [TENNESSEE] }],
    ['合計は？', { mustMention: [SECOND_TOTAL] }],
  ]),
  talk('2026-12-06', 'people', [
    ["who's the PM?", { mustMention: [TAKAICHI] }],
    ['since when?', { mustMention: ['2025-10-21'] }],
  ]),
  talk('2026-02-20', 'people', [
    ['高市さんって誰？', { mustMention: [['首相', 'Prime Minister']] }],
    ['いつから？', { mustMention: ['2025-10-21'] }],
  ]),
  talk('2026-03-10', 'terms', [
    ['利益の配分は？', { mustMention: [['50/50', '半々', '折半', '50%']] }],
    ['誰が言ってたの？', { mustMention: [LUTNICK] }],
  ]),
]);
