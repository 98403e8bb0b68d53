/** The asked detail (#12): answered where recorded; where not, said to be unstated, then what is known. */
import { ask, cases } from './build.js';
import { DIAMOND, GEORGIA, OHIO, OHIO_USD, PENNSYLVANIA, TENNESSEE } from './names.js';

const YEN_OHIO = ['¥5.2 trillion', '5.2兆円', '5兆2000億円'];

export default cases('dropped-detail', [
  ask('2026-03-25', 'projects', 'how many jobs will the Georgia plant create?', {
    notStated: true,
    mustMention: [DIAMOND],
  }),
  ask('2026-02-20', 'projects', 'what will the Ohio plant cost in yen?', { mustMention: [YEN_OHIO] }),
  ask('2026-02-20', 'projects', 'how much is the port in yen', {
    mustMention: [['¥330 billion', '3300億円']],
  }),
  ask('2026-02-20', 'projects', 'ダイヤモンド工場は円でいくら？', {
    mustMention: [['¥90 billion', '900億円']],
  }),
  ask('2026-02-20', 'projects', 'how many jobs will the ohio plant create', {
    notStated: true,
    mustMention: [OHIO_USD],
  }),
  ask('2026-03-25', 'projects', 'when will the ohio plant be finished', {
    notStated: true,
    mustMention: [OHIO],
  }),
  ask('2026-02-20', 'projects', 'exact site of the georgia plant?', {
    notStated: true,
    mustMention: [GEORGIA],
  }),
  ask('2026-02-20', 'projects', 'how many GW is the ohio plant', { mustMention: ['9.2'] }),
  ask('2026-03-25', 'projects', 'how much will SB Energy spend on transmission', {
    mustMention: ['$4.2 billion'],
  }),
  ask('2026-02-20', 'projects', 'how much crude will gulflink export a year', {
    mustMention: [['$20 billion', '$30 billion']],
  }),
  ask('2026-02-20', 'terms', "what's the interest rate on japan's money", { mustMention: ['SOFR'] }),
  ask('2026-12-06', 'projects', "what's japan's equity vs loans per project", { notStated: true }),
  ask('2026-06-01', 'projects', 'how much did JBIC lend for the first projects', {
    mustMention: [['¥340 billion', '3400億円']],
  }),
  ask('2026-03-25', 'projects', 'where in tennessee are the SMRs going', {
    notStated: true,
    mustMention: [TENNESSEE],
  }),
  ask('2026-03-25', 'projects', 'who will run the pennsylvania gas plant', {
    notStated: true,
    mustMention: [PENNSYLVANIA],
  }),
  ask('2025-11-01', 'terms', 'how many boeing planes is japan buying', { mustMention: ['100'] }),
  ask('2025-08-01', 'terms', 'how much more us rice will japan buy', { mustMention: ['75%'] }),
  ask('2025-09-10', 'terms', 'how much us farm goods a year', { mustMention: ['$8 billion'] }),
  ask('2026-02-20', 'projects', "what's the diamond plant meant to supply", { mustMention: ['100%'] }),
  ask('2026-03-10', 'events', 'how long did akazawa and lutnick meet in february', {
    mustMention: [['90 min', '90分']],
  }),
  ask('2026-01-20', 'events', 'how long was the first committee meeting', {
    mustMention: [['1 hour', 'one hour', 'an hour', '1時間']],
  }),
  ask('2026-03-25', 'projects', "what's the ohio plant's profit split specifically", {
    notStated: true,
    mustMention: [
      ['50/50', '50-50', '半々', '折半', '50%'],
      ['90/10', '90%', '9割'],
    ],
  }),
  ask('2026-02-20', 'projects', 'what will the georgia plant make per year in tons', {
    notStated: true,
    mustMention: [DIAMOND],
  }),
  ask('2026-03-25', 'projects', 'ジョージア工場の雇用は何人？', { notStated: true, mustMention: [DIAMOND] }),
  ask('2026-02-20', 'projects', 'オハイオの発電所の出力は？', { mustMention: ['9.2'] }),
  ask('2026-03-25', 'projects', 'オハイオの完成予定は？', { notStated: true, mustMention: [OHIO] }),
  ask('2026-03-25', 'projects', 'SB Energyの送電投資額は？', { mustMention: ['$4.2 billion'] }),
  ask('2026-12-06', 'projects', '各案件の出資と融資の内訳は？', { notStated: true }),
  ask('2026-03-25', 'projects', 'ペンシルベニアのガス発電所の事業者は？', {
    notStated: true,
    mustMention: [PENNSYLVANIA],
  }),
  ask('2026-02-20', 'projects', 'GulfLinkは年間いくら輸出するの？', {
    mustMention: [['$20 billion', '$30 billion']],
  }),
  ask('2025-08-01', 'terms', 'コメの輸入はどれくらい増える？', { mustMention: ['75%'] }),
  ask('2026-03-10', 'events', '赤沢とラトニックの2月の会談は何分？', { mustMention: [['90分', '90 min']] }),
  ask('2026-02-20', 'projects', 'オハイオの案件は円でいくら？', { mustMention: [YEN_OHIO] }),
  ask('2026-03-25', 'projects', 'テネシーのSMRの場所は具体的にどこ？', {
    notStated: true,
    mustMention: [TENNESSEE],
  }),
]);
