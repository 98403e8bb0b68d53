/**
 * Held-out set: wording. Thanks and greetings get a short reply; a "not one of the sectors" answer names
 * what was asked; no raw labels ("2026-3") or capitalised status labels mid-sentence; Japanese answers
 * carry no English prose.
 */
import { ask, cases } from '../build.js';
import { GEORGIA, NUCLEAR } from '../names.js';

const RAW_MONTH = '\\b20\\d\\d-\\d{1,2}\\b(?!-)';
const CAPITAL_LABEL =
  '[a-z,] (Reported, not confirmed|Expected|Under way|Held|Not stated|No later update)\\b';

export default cases(
  'wording',
  [
    ask('2026-03-12', 'meta', 'ty!', { maxChars: 200 }),
    ask('2025-09-30', 'meta', 'much appreciated', { maxChars: 200 }),
    ask('2026-06-15', 'meta', '助かりました、ありがとうございます', { maxChars: 150 }),
    ask('2025-11-25', 'meta', 'hello there', { maxChars: 400 }),
    ask('2026-04-15', 'meta', 'おはよう', { maxChars: 300 }),
    ask('2026-02-25', 'meta', 'cheers mate', { maxChars: 200 }),
    ask('2026-12-06', 'meta', 'サンキュー', { maxChars: 150 }),
    ask('2026-03-12', 'terms', 'is tobacco in the target sectors', { yesNo: 'no', mustMention: ['tobacco'] }),
    ask('2025-10-25', 'terms', '半導体は対象分野？', {
      yesNo: 'yes',
      mustMention: ['半導体'],
      japaneseOnly: true,
    }),
    ask('2026-02-25', 'terms', 'are video games part of the sectors', {
      yesNo: 'no',
      mustMention: ['video game'],
    }),
    ask('2026-03-12', 'projects', '第1弾のテキサスの案件を説明して', {
      japaneseOnly: true,
      mustMention: ['$2.1 billion'],
    }),
    ask('2026-04-15', 'events', '最高裁の判決で何が変わった？', {
      japaneseOnly: true,
      mustMention: ['2026-02-20'],
    }),
    ask('2025-10-25', 'people', '高市さんはいつ首相になった？', {
      japaneseOnly: true,
      mustMention: ['2025-10-21'],
    }),
    ask('2026-06-15', 'projects', '第1弾へのJBIC融資について教えて', {
      japaneseOnly: true,
      mustMention: [['2026-05-01', '¥340 billion']],
    }),
    ask('2026-12-06', 'events', 'what happened in march 2026', {
      mustMention: ['2026-03-19'],
      mustNotMatch: [RAW_MONTH],
    }),
    ask('2026-03-12', 'projects', 'status of the second round', {
      mustMention: [NUCLEAR],
      mustNotMatch: [CAPITAL_LABEL],
    }),
    ask('2026-02-25', 'projects', 'ジョージアの工場の状況は？', {
      japaneseOnly: true,
      mustMention: [GEORGIA],
    }),
    ask('2026-12-06', 'events', '2026年3月の出来事', {
      japaneseOnly: true,
      mustMention: ['2026-03-19'],
      mustNotMatch: [RAW_MONTH],
    }),
  ],
  'fresh-wording',
);
