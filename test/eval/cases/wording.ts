/** Wording (#12): short replies to thanks and greetings, the asked thing named, no raw labels, no English in Japanese. */
import { ask, cases } from './build.js';
import { OHIO, WIRES } from './names.js';

const RAW_MONTH = '\\b20\\d\\d-\\d{1,2}\\b(?!-)';
/** A status label left capitalised mid-sentence ("the plant is Reported, not confirmed"). */
const CAPITAL_LABEL =
  '[a-z,] (Reported, not confirmed|Expected|Under way|Held|Not stated|No later update)\\b';
const SOURCE_WORDS = [...WIRES, '商務省', '日経', 'NHK', 'TBS', 'AFP'];

export default cases('wording', [
  ask('2026-02-20', 'meta', 'thanks!', { maxChars: 200, mustNotMention: ['Commands'] }),
  ask('2026-12-06', 'meta', 'thx', { maxChars: 200, mustNotMention: ['Commands'] }),
  ask('2026-02-20', 'meta', 'ありがとう', { maxChars: 120, mustNotMention: ['コマンド'] }),
  ask('2026-03-10', 'meta', 'hi', { maxChars: 400 }),
  ask('2026-03-10', 'meta', 'こんにちは', { maxChars: 300 }),
  ask('2026-12-06', 'meta', 'ok cool', { maxChars: 200, mustNotMention: ['Commands'] }),
  ask('2026-12-06', 'meta', "you're great, thanks", { maxChars: 200, mustNotMention: ['Commands'] }),
  ask('2026-03-25', 'meta', 'どうも！', { maxChars: 150 }),
  ask('2026-03-10', 'meta', 'gm', { maxChars: 400 }),
  ask('2026-02-20', 'terms', 'is tourism one of the sectors?', { yesNo: 'no', mustMention: ['tourism'] }),
  ask('2026-02-20', 'terms', '観光は対象分野？', { yesNo: 'no', mustMention: ['観光'] }),
  ask('2026-03-10', 'terms', 'is space exploration covered', { yesNo: 'no', mustMention: ['space'] }),
  ask('2026-12-06', 'terms', 'is fishing a sector', { yesNo: 'no', mustMention: ['fishing'] }),
  ask('2026-12-06', 'terms', '農業は対象？', { yesNo: 'no', mustMention: ['農業'] }),
  ask('2026-12-06', 'events', 'events in january 2026', {
    mustMention: [['2026-01-02', '2026-01-27']],
    mustNotMatch: [RAW_MONTH],
  }),
  ask('2026-12-06', 'events', '2025年12月の出来事', {
    mustMention: [['2025-12-17', '2025-12-18', '2025-12-23']],
    mustNotMatch: [RAW_MONTH],
  }),
  ask('2026-03-25', 'meta', '第1弾の出典は？', { japaneseOnly: true, mustMention: [SOURCE_WORDS] }),
  ask('2026-12-06', 'meta', 'オハイオの案件の情報源は？', {
    japaneseOnly: true,
    mustMention: [SOURCE_WORDS],
  }),
  ask('2026-02-12', 'meta', '赤沢さんの訪米の出典は？', {
    japaneseOnly: true,
    mustMention: [[...SOURCE_WORDS, '記事']],
  }),
  ask('2026-12-06', 'meta', '出典を全部見せて', { japaneseOnly: true, mustMention: [SOURCE_WORDS] }),
  ask('2026-03-25', 'projects', "what's the status of the ohio project", {
    mustMention: [OHIO],
    mustNotMatch: [CAPITAL_LABEL],
  }),
  ask('2026-02-12', 'projects', 'what are the candidate projects', {
    mustMention: ['$40 billion'],
    mustNotMatch: [CAPITAL_LABEL],
  }),
  ask('2026-12-06', 'events', '最高裁判決について教えて', {
    japaneseOnly: true,
    mustMention: ['2026-02-20'],
  }),
  ask('2026-02-20', 'projects', '第1弾について教えて', { japaneseOnly: true, mustMention: ['$36 billion'] }),
  ask('2026-06-01', 'projects', '第2弾について教えて', {
    japaneseOnly: true,
    mustMention: [['テネシー', 'Tennessee']],
  }),
  ask('2026-03-10', 'events', 'what happened in 2026-02', {
    mustMention: ['2026-02-17'],
    mustNotMatch: [RAW_MONTH],
  }),
]);
