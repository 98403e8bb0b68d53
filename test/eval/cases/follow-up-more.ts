/**
 * More follow-ups (#12): short questions that name nothing and lean on the last answer, and a
 * question understood alone that must not. Dates from the public record (rows 26, 52, 54).
 */
import { cases, talk } from './build.js';

export default cases(
  'follow-up',
  [
    talk('2026-04-01', 'events', [
      ['when did takaichi visit trump?', { mustMention: ['2026-03-19'] }],
      ['what came out of it?', { mustMention: [['tranche', '第2弾', 'nuclear', 'SMR', 'second']] }],
    ]),
    talk('2026-04-01', 'events', [
      ['高市首相の訪米はいつ？', { mustMention: ['2026-03-19'] }],
      ['何が決まった？', { mustMention: [['第2弾', '原子力', '原発', 'SMR', '小型モジュール炉']] }],
    ]),
    talk('2026-03-01', 'projects', [
      ['tell me about the texas port', { mustMention: ['$2.1 billion'] }],
      ['who operates it', { mustMention: [['Sentinel', 'センチネル']] }],
      ['and when was it chosen', { mustMention: ['2026-02-17'] }],
    ]),
    talk('2025-11-01', 'people', [
      ['who is takaichi?', { mustMention: [['Prime Minister', '首相']] }],
      ['since when?', { mustMention: ['2025-10-21'] }],
    ]),
  ],
  'follow-up-more',
);
