/**
 * More common phrasing (#12): questions about a claim that no dedicated handler covers, asked in
 * paraphrase, in English and Japanese, at several clocks; and near-misses the sources do not answer,
 * which must stay "I don't know". Expectations are from /work/shared/sources/ (row numbers of the
 * public record's table, or its sections), not from the bot.
 */
import { ask, cases } from './build.js';

const noIdk = { dontKnow: false } as const;
const idk = { dontKnow: true } as const;

export default cases(
  'common-phrasing',
  [
    // Row 42 (reported 2026-02-09): the LDP won 315 of 465 seats.
    ask('2026-02-20', 'events', 'how many seats did the LDP take in the february election', {
      mustMention: ['315'],
      ...noIdk,
    }),
    ask('2026-03-25', 'events', '衆院選で自民党は何議席取ったの？', { mustMention: ['315'], ...noIdk }),
    // Row 58 (reported 2026-03-22/24): SB Energy to pay $4.2 billion for transmission upgrades.
    ask('2026-03-25', 'projects', 'how much is sb energy spending on transmission upgrades', {
      mustMention: ['$4.2 billion'],
      ...noIdk,
    }),
    // Row 59 (2026-05-01): JBIC loan agreements of more than ¥340 billion for the first tranche.
    ask('2026-12-06', 'projects', 'how big were the jbic loan deals for the first three projects', {
      mustMention: [['¥340 billion', '3400億円', '3,400億円']],
      ...noIdk,
    }),
    ask('2026-06-01', 'projects', '第1弾の3案件へのJBICの融資はどのくらいの規模？', {
      mustMention: [['¥340 billion', '3400億円', '3,400億円']],
      ...noIdk,
    }),
    // Row 24 / section 2 (2025-09-26): the JBIC facility, October 2025 to March 2029.
    ask('2025-10-10', 'terms', 'what did they call the new jbic facility for the us money', {
      mustMention: [['Strategic Investment Facility', '戦略的投資ファシリティ']],
      ...noIdk,
    }),
    ask('2026-03-10', 'terms', 'JBICの新しい枠組みはいつまで続く？', {
      mustMention: [['2029-03', 'March 2029', '2029年3月']],
      ...noIdk,
    }),
    // Row 32 (2025-11-20): DOE's chief of staff said the US might buy and own up to 10 reactors.
    ask('2025-12-01', 'people', "what did the energy department's chief of staff say about reactors", {
      mustMention: [['10 ', '10基', 'ten ']],
      ...noIdk,
    }),
    // Row 29 (2025-10-28): Kaneko and Lutnick signed a shipbuilding memorandum.
    ask('2025-11-01', 'people', 'who signed the shipbuilding memo with lutnick', {
      mustMention: [['Kaneko', '金子']],
      ...noIdk,
    }),
    ask('2025-12-01', 'people', '造船の協力文書に署名した日本の大臣は誰？', {
      mustMention: [['Kaneko', '金子']],
      ...noIdk,
    }),
    // Row 28 (2025-10-28): the US gets 20% of Westinghouse profits above $17.5B; an IPO if worth >$30B by 2029.
    ask('2026-03-10', 'projects', "what's the US cut of westinghouse profits", {
      mustMention: [['20%', '20％']],
      ...noIdk,
    }),
    ask('2026-12-06', 'projects', 'ウェスチングハウスの上場の条件は？', {
      mustMention: [['$30 billion', '300億ドル']],
      ...noIdk,
    }),
    // Row 8 (2025-07-28): Japan expects about ¥10 trillion of tariff savings.
    ask('2025-08-10', 'terms', 'how much does japan reckon it saves on tariffs', {
      mustMention: [['¥10 trillion', '10兆円']],
      ...noIdk,
    }),
    // Row 6 (2025-07-25): Bessent said compliance would be reviewed every quarter.
    ask('2025-09-10', 'terms', 'how often will washington check whether japan is keeping its side', {
      mustMention: [['quarter', '四半期']],
      ...noIdk,
    }),
    ask('2025-09-10', 'terms', '日本が約束を守っているかどれくらいの頻度で確認される？', {
      mustMention: [['quarter', '四半期']],
      ...noIdk,
    }),
    // Row 61 (2026-06-24): at SoftBank's AGM Son spoke of an MOU with a major customer for the Ohio campus.
    ask('2026-12-06', 'projects', 'what did son tell softbank shareholders in june about ohio', {
      mustMention: [['customer', '顧客']],
      ...noIdk,
    }),
    // Row 45 (2026-02-18): PJM, the grid operator, had not been aware of the Ohio project.
    ask('2026-02-20', 'projects', 'what did the grid operator say about the ohio gas plant', {
      mustMention: ['PJM'],
      ...noIdk,
    }),
    // Row 50 (2026-02-26): JBIC's governor first doubted the three projects' feasibility.
    ask('2026-03-10', 'people', "what did jbic's boss say about the first three projects", {
      mustMention: [['feasib', 'doubt', '実現', '疑']],
      ...noIdk,
    }),
    // Near-misses: about the deal's places and people, but nothing the sources say.
    ask('2026-12-06', 'meta', "what's the weather like in tokyo today", idk),
    ask('2026-12-06', 'meta', 'how much does a big mac cost in japan', idk),
    ask('2026-03-25', 'people', "what's lutnick's salary", idk),
    ask('2026-12-06', 'meta', '東京の天気は？', idk),
    ask('2026-12-06', 'meta', 'ビッグマックの値段は？', idk),
    ask('2026-12-06', 'meta', "what's japan's consumption tax rate", idk),
    ask('2026-12-06', 'meta', '日本の消費税率は？', idk),
    ask('2026-03-25', 'meta', 'what time does the stock market open in new york', idk),
  ],
  'common-phrasing-more',
);
