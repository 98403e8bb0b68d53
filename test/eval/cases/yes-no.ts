/** Yes/no questions (#12): "Yes" or "No" first, correctly as of the clock, then the fact behind it. */
import { ask, cases } from './build.js';
import { COMMERCE, GE_HITACHI, GEORGIA, NUCLEAR, PRIME_MINISTER, SB_ENERGY, TAKAICHI } from './names.js';

const HALF = ['50/50', '50-50', '半々', '折半', '50%'];

export default cases('yes-no', [
  ask('2026-03-10', 'people', 'is Lutnick the Treasury Secretary?', { yesNo: 'no', mustMention: [COMMERCE] }),
  ask('2026-03-10', 'people', 'is Takaichi the foreign minister?', {
    yesNo: 'no',
    mustMention: [PRIME_MINISTER],
  }),
  ask('2026-02-12', 'terms', 'is nuclear power one of the seven sectors?', {
    yesNo: 'no',
    mustMention: [['energy', 'エネルギー']],
  }),
  ask('2026-02-12', 'terms', 'is AI one of the sectors', { yesNo: 'yes' }),
  ask('2026-02-12', 'terms', 'is tourism a target sector', { yesNo: 'no', mustMention: ['tourism'] }),
  ask('2026-02-20', 'projects', 'is the diamond plant in texas?', { yesNo: 'no', mustMention: [GEORGIA] }),
  ask('2026-02-20', 'projects', 'is softbank involved in the ohio project', {
    yesNo: 'yes',
    mustMention: [SB_ENERGY],
  }),
  ask('2026-03-25', 'events', "did takaichi's white house visit happen?", {
    yesNo: 'yes',
    mustMention: ['2026-03-19'],
  }),
  ask('2026-03-10', 'events', "has takaichi's white house visit happened yet?", {
    yesNo: 'no',
    mustMention: ['2026-03-19'],
  }),
  ask('2026-02-12', 'projects', 'has the first project been picked yet?', {
    yesNo: 'no',
    mustNotMention: ['2026-02-17'],
  }),
  ask('2026-02-20', 'projects', 'has the first project been picked yet?', {
    yesNo: 'yes',
    mustMention: ['2026-02-17'],
  }),
  ask('2025-09-10', 'events', 'is the MOU signed', { yesNo: 'yes', mustMention: ['2025-09-04'] }),
  ask('2025-08-01', 'events', 'is the MOU signed yet', { yesNo: 'no', mustNotMention: ['2025-09-04'] }),
  ask('2026-03-10', 'events', 'did the supreme court strike down the tariffs', {
    yesNo: 'yes',
    mustMention: ['2026-02-20'],
  }),
  ask('2026-02-12', 'events', 'has the supreme court ruled on the tariffs yet', {
    yesNo: 'no',
    mustNotMention: ['2026-02-20'],
  }),
  ask('2026-03-10', 'terms', 'is japan still sticking to the pledge after the ruling', { yesNo: 'yes' }),
  ask('2025-10-01', 'people', 'is ishiba still PM', {
    yesNo: 'yes',
    mustMention: [['caretaker', 'resign', '辞任']],
  }),
  ask('2025-11-01', 'people', 'is ishiba still PM', { yesNo: 'no', mustMention: [TAKAICHI] }),
  ask('2026-02-20', 'projects', 'is the ohio plant $40 billion?', {
    yesNo: 'no',
    mustMention: [['$33 billion', '$33.3 billion']],
  }),
  ask('2026-02-12', 'projects', 'is the power plant $40 billion?', {
    yesNo: 'yes',
    mustMention: ['$40 billion'],
  }),
  ask('2026-02-12', 'projects', 'is the port $2 billion', { yesNo: 'yes' }),
  ask('2025-09-10', 'terms', 'does japan have 45 days to pay', {
    yesNo: 'yes',
    mustMention: [['45 days', '45日']],
  }),
  ask('2025-09-10', 'terms', 'does the US get 90% from day one', { yesNo: 'no', mustMention: [HALF] }),
  ask('2026-12-06', 'terms', 'is the deadline in 2028', { yesNo: 'no', mustMention: ['2029-01-19'] }),
  ask('2026-03-25', 'projects', 'was westinghouse in the second tranche', {
    yesNo: 'no',
    mustMention: [GE_HITACHI],
  }),
  ask('2026-03-25', 'projects', 'is there a nuclear project in the second tranche', {
    yesNo: 'yes',
    mustMention: [NUCLEAR],
  }),
  ask('2026-02-12', 'events', 'is akazawa in washington right now', {
    yesNo: 'yes',
    mustMention: ['2026-02-14'],
  }),
  ask('2026-03-10', 'events', 'is akazawa in washington right now', {
    yesNo: 'no',
    mustMention: ['2026-03-08'],
  }),
  ask('2026-02-12', 'people', 'is Bessent the commerce secretary?', {
    yesNo: 'no',
    mustMention: [['Treasury', '財務']],
  }),
  ask('2026-02-12', 'terms', 'is pharma covered', { yesNo: 'yes' }),
  ask('2026-12-06', 'projects', 'was the georgia plant in the first tranche', {
    yesNo: 'yes',
    mustMention: ['2026-02-17'],
  }),
  ask('2026-03-10', 'people', 'is akazawa the finance minister', {
    yesNo: 'no',
    mustMention: [['Economy, Trade and Industry', 'METI', '経済産業']],
  }),
  ask('2026-03-10', 'people', 'ラトニックは財務長官？', { yesNo: 'no', mustMention: [COMMERCE] }),
  ask('2026-03-10', 'people', '高市さんは外相？', { yesNo: 'no', mustMention: [PRIME_MINISTER] }),
  ask('2026-02-12', 'terms', '原子力は7分野に入ってる？', {
    yesNo: 'no',
    mustMention: [['エネルギー', 'energy']],
  }),
  ask('2026-02-12', 'terms', 'AIは対象分野？', { yesNo: 'yes' }),
  ask('2026-02-20', 'projects', 'ダイヤモンド工場はテキサスにある？', {
    yesNo: 'no',
    mustMention: [GEORGIA],
  }),
  ask('2026-03-25', 'events', '高市さんのホワイトハウス訪問は実現した？', {
    yesNo: 'yes',
    mustMention: ['2026-03-19'],
  }),
  ask('2026-03-10', 'events', '首脳会談はもう終わった？', { yesNo: 'no', mustMention: ['2026-03-19'] }),
  ask('2026-02-12', 'projects', 'もう最初の案件は決まった？', {
    yesNo: 'no',
    mustNotMention: ['2026-02-17'],
  }),
  ask('2026-02-20', 'projects', '最初の案件は決まった？', {
    yesNo: 'yes',
    mustMention: [['2026-02-17', '2026-02-18']],
  }),
  ask('2025-08-01', 'events', 'MOUはもう署名された？', { yesNo: 'no' }),
  ask('2026-03-10', 'events', '最高裁は関税を無効にした？', { yesNo: 'yes', mustMention: ['2026-02-20'] }),
  ask('2025-11-01', 'people', '石破さんはまだ首相？', { yesNo: 'no', mustMention: [TAKAICHI] }),
  ask('2026-12-06', 'terms', '期限は2028年？', { yesNo: 'no', mustMention: ['2029-01-19'] }),
  ask('2026-03-25', 'projects', '第2弾にウェスチングハウスは入った？', { yesNo: 'no' }),
  ask('2026-02-12', 'events', '赤沢さんは今ワシントンにいる？', { yesNo: 'yes' }),
  ask('2026-02-20', 'terms', '観光は対象？', { yesNo: 'no', mustMention: ['観光'] }),
  ask('2026-02-20', 'projects', 'SoftBankはOhioの案件に関わってる？', { yesNo: 'yes' }),
  ask('2025-09-10', 'terms', '日本は45日以内に資金を出す必要がある？', { yesNo: 'yes' }),
  ask('2025-09-10', 'terms', '米国は最初から利益の9割をとる？', { yesNo: 'no', mustMention: [HALF] }),
  ask('2026-12-06', 'projects', 'ジョージアの工場は第1弾に入ってた？', { yesNo: 'yes' }),
]);
